import { act, configure, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { queryToRaw, type Schema } from '../../../src/widgets/params.ts'
import type { WidgetDefinition, WidgetProps } from '../../../src/widgets/types.ts'

// Lazy widget and lesson chunks can take seconds to load on a busy machine.
configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

const schema: Schema = [
  { name: 'x', type: 'number', label: 'Input x', default: 1, min: -6, max: 6, step: 0.1 },
  {
    name: 'fn',
    type: 'choice',
    label: 'Function',
    default: 'sigmoid',
    choices: ['sigmoid', 'tanh'],
  },
]

let names = 0
/** A test-only widget definition; names are unique because the host caches components by name. */
function define(Component: (props: WidgetProps) => ReactNode): WidgetDefinition {
  const name = `test-widget-${++names}`
  return {
    name,
    component: 'TestWidget',
    title: 'Test widget',
    description: 'for tests',
    schema,
    load: async () => ({ default: Component }),
  }
}

function Probe({ params, setParams }: WidgetProps) {
  return (
    <div>
      <output aria-label="params">{JSON.stringify(params)}</output>
      <button type="button" onClick={() => setParams({ x: 3 })}>
        set x to 3
      </button>
      <button type="button" onClick={() => setParams({ x: 'far away' })}>
        set x to garbage
      </button>
    </div>
  )
}

// One shared definition: the host caches components by name, so only the first render waits.
const probe = define(Probe)

const shown = async () => JSON.parse((await screen.findByLabelText('params')).textContent!)

beforeEach(() => {
  useLearner.setState({ visits: {}, solved: {}, edits: {} })
  // React reports errors caught by boundaries on the console; the tests check the page instead.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

describe('WidgetHost', () => {
  it('shows the widget with validated params once its code has loaded', async () => {
    render(<WidgetHost definition={define(Probe)} raw={{ x: 2 }} source="lesson" />)
    expect(screen.getByText('Loading Test widget…')).toBeInTheDocument()
    expect(await shown()).toEqual({ x: 2, fn: 'sigmoid' })
    expect(screen.getByRole('figure', { name: 'Test widget' })).toBeInTheDocument()
  })

  it('shares a link and an iframe snippet of the current state, non-default params only', async () => {
    render(<WidgetHost definition={probe} raw={{ fn: 'tanh' }} source="lesson" />)
    await shown()
    const share = screen.getByRole('button', { name: 'Share / embed' })
    await userEvent.click(share)
    expect(share).toHaveAttribute('aria-expanded', 'true')
    const linkField = () => screen.getByRole('textbox', { name: 'Link to this state' })
    const snippet = () => screen.getByRole('textbox', { name: 'Embed in a page (HTML)' })
    expect(linkField()).toHaveValue(
      `${location.origin}${location.pathname}#/embed/${probe.name}?fn=tanh`,
    )
    expect(screen.getByRole('link', { name: 'Open it alone' })).toHaveAttribute(
      'href',
      `#/embed/${probe.name}?fn=tanh`,
    )
    await userEvent.click(screen.getByRole('button', { name: 'set x to 3' }))
    expect(linkField()).toHaveValue(
      `${location.origin}${location.pathname}#/embed/${probe.name}?x=3&fn=tanh`,
    )
    const html = (snippet() as HTMLTextAreaElement).value
    expect(html).toContain(`#/embed/${probe.name}?x=3&amp;fn=tanh" `)
    expect(html).toContain('title="Unfold: Test widget"')
    expect(html).toContain('allowfullscreen')
    await userEvent.click(screen.getByRole('checkbox', { name: /Hide the settings/ }))
    expect(linkField()).toHaveValue(
      `${location.origin}${location.pathname}#/embed/${probe.name}?x=3&fn=tanh&controls=hide`,
    )
    await userEvent.click(share)
    expect(screen.queryByRole('group', { name: /Share or embed/ })).not.toBeInTheDocument()
  })

  it('makes a classroom link that hides chosen controls, and an embed that hides only those', async () => {
    const Marked = ({ params }: WidgetProps) => (
      <div>
        <output aria-label="params">{JSON.stringify(params)}</output>
        <label data-param="x">
          x <input defaultValue={String(params.x)} />
        </label>
        <label data-param="fn">
          fn <input defaultValue={String(params.fn)} />
        </label>
      </div>
    )
    const marked = define(Marked)
    const view = render(<WidgetHost definition={marked} raw={{}} source="lesson" />)
    await shown()
    await userEvent.click(screen.getByRole('button', { name: 'Share / embed' }))
    await userEvent.click(screen.getByRole('checkbox', { name: /Hide the settings/ }))
    const link = () =>
      (screen.getByRole('textbox', { name: 'Link to this state' }) as HTMLTextAreaElement).value
    expect(link()).toMatch(/controls=hide$/)
    await userEvent.click(screen.getByRole('checkbox', { name: 'Function' }))
    expect(link()).toMatch(new RegExp(`#/embed/${marked.name}\\?hide=fn$`))
    view.unmount()

    render(
      <WidgetHost definition={marked} raw={{}} source="url" chrome="bare" hideParams={['fn']} />,
    )
    await shown()
    const style = document.querySelector('.widget--bare style')!.textContent!
    const scope = document.querySelector('.widget--bare')!.id
    expect(style).toContain(`#${scope} [data-param="fn"]`)
    expect(style).not.toContain('"x"')
  })

  it('follows edits of the same instance made in another window, and ignores other instances', async () => {
    render(<WidgetHost definition={probe} raw={{}} source="lesson" persistKey="lesson/w1" />)
    expect((await shown()).x).toBe(1)
    act(() => useLearner.setState({ edits: { 'lesson/w2': { x: 5, fn: 'tanh' } } }))
    expect((await shown()).x).toBe(1)
    act(() => useLearner.setState({ edits: { 'lesson/w1': { x: 4, fn: 'tanh' } } }))
    expect(await shown()).toEqual({ x: 4, fn: 'tanh' })
  })

  it('copies with the clipboard, or selects the text for Ctrl+C when the clipboard is refused', async () => {
    render(<WidgetHost definition={probe} raw={{}} source="lesson" />)
    await shown()
    await userEvent.click(screen.getByRole('button', { name: 'Share / embed' }))
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const [copyLink] = screen.getAllByRole('button', { name: 'Copy' })
    await userEvent.click(copyLink)
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining(`#/embed/${probe.name}`))
    expect(copyLink).toHaveTextContent('Copied')
    writeText.mockRejectedValue(new Error('denied'))
    const copySnippet = screen.getAllByRole('button', { name: 'Copy' })[0]
    await userEvent.click(copySnippet)
    expect(await screen.findByText(/press Ctrl\+C/)).toBeInTheDocument()
  })

  it('contains a widget that throws: an error card with the message, and the page carries on', async () => {
    let broken = true
    const mounts = vi.fn()
    const def = define((props) => {
      mounts()
      if (broken) throw new Error('the weights are on fire')
      return <Probe {...props} />
    })
    render(
      <div>
        <p>Text before the widget</p>
        <WidgetHost definition={def} raw={{}} source="lesson" />
        <p>Text after the widget</p>
      </div>,
    )
    const card = await screen.findByRole('alert')
    expect(card).toHaveTextContent('Test widget stopped working.')
    expect(card).toHaveTextContent('the weights are on fire')
    expect(screen.getByText('Text before the widget')).toBeInTheDocument()
    expect(screen.getByText('Text after the widget')).toBeInTheDocument()

    broken = false
    mounts.mockClear()
    await userEvent.click(screen.getByRole('button', { name: 'Reset this widget' }))
    expect(await shown()).toEqual({ x: 1, fn: 'sigmoid' })
    expect(mounts).toHaveBeenCalled()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('shows hostile URL params only as text in the issue list', async () => {
    const attack = '<img src=x onerror=alert(1)>'
    const raw = queryToRaw(
      `x=${encodeURIComponent(attack)}&${encodeURIComponent(attack)}=1&fn=%3Cscript%3E`,
    )
    const { container } = render(
      <WidgetHost definition={probe} raw={raw} source="url" chrome="bare" />,
    )
    expect(await shown()).toEqual({ x: 1, fn: 'sigmoid' })
    const items = screen.getAllByRole('listitem').map((li) => li.textContent)
    expect(items).toEqual([
      'Input x: "<img src=x onerror=alert…" is not a number; using "1" instead.',
      'Ignored unknown link parameter "<img src=x onerror=alert…".',
      'Function: "<script>" is not one of sigmoid, tanh; using "sigmoid" instead.',
    ])
    expect(container.querySelector('img, script')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument()
  })

  it('keeps the current value and says why when an edit is unusable', async () => {
    render(<WidgetHost definition={probe} raw={{ x: 2 }} source="lesson" />)
    await shown()
    await userEvent.click(screen.getByRole('button', { name: 'set x to garbage' }))
    expect(await shown()).toEqual({ x: 2, fn: 'sigmoid' })
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'Input x: "far away" is not a number; using "2" instead.',
    )
  })

  it('persists a lesson instance’s edits and restores them on remount', async () => {
    const first = render(
      <WidgetHost
        definition={probe}
        raw={{ fn: 'tanh' }}
        source="lesson"
        persistKey="neurons/Probe-1"
      />,
    )
    await shown()
    await userEvent.click(screen.getByRole('button', { name: 'set x to 3' }))
    expect(JSON.parse(localStorage.getItem('unfold.widgets.v1')!)).toEqual({
      'neurons/Probe-1': { x: 3, fn: 'tanh' },
    })
    first.unmount()

    render(
      <WidgetHost
        definition={probe}
        raw={{ fn: 'tanh' }}
        source="lesson"
        persistKey="neurons/Probe-1"
      />,
    )
    expect(await shown()).toEqual({ x: 3, fn: 'tanh' })
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument()
  })

  it('keeps two instances’ edits apart', async () => {
    render(
      <>
        <WidgetHost definition={probe} raw={{}} source="lesson" persistKey="neurons/Probe-1" />
        <WidgetHost definition={probe} raw={{}} source="lesson" persistKey="neurons/Probe-2" />
      </>,
    )
    const outputs = await screen.findAllByLabelText('params')
    await userEvent.click(screen.getAllByRole('button', { name: 'set x to 3' })[0])
    expect(JSON.parse(outputs[0].textContent!).x).toBe(3)
    expect(JSON.parse(outputs[1].textContent!).x).toBe(1)
    expect(Object.keys(JSON.parse(localStorage.getItem('unfold.widgets.v1')!))).toEqual([
      'neurons/Probe-1',
    ])
  })

  it('falls back from corrupt saved edits with an issue', async () => {
    useLearner.setState({ edits: { 'neurons/Probe-1': { x: 'NaN', fn: 'tanh', zoom: 2 } } })
    render(
      <WidgetHost definition={probe} raw={{ x: 2 }} source="lesson" persistKey="neurons/Probe-1" />,
    )
    expect(await shown()).toEqual({ x: 2, fn: 'tanh' })
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Input x: "NaN" is not a number; using "2" instead.',
      'Ignored unknown saved parameter "zoom".',
    ])
  })

  it('forgets saved edits and starts over from the lesson props on Reset', async () => {
    render(
      <WidgetHost definition={probe} raw={{ x: 2 }} source="lesson" persistKey="neurons/Probe-1" />,
    )
    await shown()
    await userEvent.click(screen.getByRole('button', { name: 'set x to 3' }))
    expect((await shown()).x).toBe(3)
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }))
    expect((await shown()).x).toBe(2)
    expect(JSON.parse(localStorage.getItem('unfold.widgets.v1')!)).toEqual({})
  })

  it('stores nothing for an instance without a persist key (embeds)', async () => {
    render(<WidgetHost definition={probe} raw={{}} source="url" chrome="bare" />)
    await shown()
    await userEvent.click(screen.getByRole('button', { name: 'set x to 3' }))
    expect((await shown()).x).toBe(3)
    expect(localStorage.getItem('unfold.widgets.v1')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Share / embed' })).not.toBeInTheDocument()
  })
})
