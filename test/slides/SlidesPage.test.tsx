import { act, configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/App.tsx'
import { useLearner } from '../../src/app/learner.ts'
import { lessons } from '../../src/lesson/catalog.ts'
import type { LessonModule } from '../../src/lesson/types.ts'

// Lazy widget and lesson chunks can take seconds to load on a busy machine.
configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

const entry = lessons.find((l) => l.slug === 'neurons-and-activations')!
const deck = (n: number) => `#/${entry.slug}/slides/${n}`
let lesson: LessonModule
let count: number

beforeAll(async () => {
  lesson = await entry.load()
  count = lesson.slideCount + 1 // a title slide, then one per part
})

beforeEach(() => {
  useLearner.setState({ visits: {}, solved: {}, edits: {} })
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

/** Opens the app on slide n, as a lecturer following a link would. */
async function present(n: number) {
  window.location.hash = deck(n)
  const view = render(<App />)
  await screen.findByRole('main', { name: /^Slide \d+ of \d+$/ }, { timeout: 10_000 })
  return view
}

async function onSlide(n: number) {
  await waitFor(() => expect(window.location.hash).toBe(deck(n)))
  await waitFor(() =>
    expect(screen.getByRole('main', { name: `Slide ${n} of ${count}` })).toBeInTheDocument(),
  )
}

const press = (keys: string) => userEvent.keyboard(keys)

describe('SlidesPage', () => {
  it('opens on a title slide with the lesson’s title and objectives', async () => {
    await present(1)
    const main = screen.getByRole('main', { name: `Slide 1 of ${count}` })
    expect(within(main).getByRole('heading', { level: 1, name: entry.title })).toBeInTheDocument()
    for (const o of entry.objectives) expect(within(main).getByText(o)).toBeInTheDocument()
    expect(screen.getByText(`1 / ${count}`)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Previous slide' })).toBeDisabled()
  })

  it('shows one part of the lesson per slide, typeset, without speaker notes', async () => {
    const why = lesson.outline.find((o) => o.text === 'Why the bend matters')!
    const { container } = await present(why.slide + 2)
    const main = screen.getByRole('main')
    expect(within(main).getByRole('heading', { name: why.text })).toBeInTheDocument()
    expect(
      within(main).queryByRole('heading', { name: lesson.outline[0].text }),
    ).not.toBeInTheDocument()
    expect(container.querySelector('.katex')).not.toBeNull()
    expect(screen.queryByText(/Start from the dot product/)).not.toBeInTheDocument()
  })

  it('moves with the clicker keys: arrows, PageDown/PageUp, Space and Shift+Space', async () => {
    await present(1)
    await press('{ArrowRight}')
    await onSlide(2)
    await press('{PageDown}')
    await onSlide(3)
    await press(' ')
    await onSlide(4)
    await press('{Shift>} {/Shift}')
    await onSlide(3)
    await press('{PageUp}')
    await onSlide(2)
    await press('{ArrowLeft}')
    await onSlide(1)
    await press('{ArrowLeft}')
    await onSlide(1)
  })

  it('jumps to the last slide with End and back to the first with Home', async () => {
    await present(2)
    await press('{End}')
    await onSlide(count)
    expect(screen.getByRole('button', { name: 'Next slide' })).toBeDisabled()
    await press('{ArrowRight}')
    await onSlide(count)
    await press('{Home}')
    await onSlide(1)
  })

  it('moves twice for two presses that come before a re-render', async () => {
    await present(1)
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }))
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }))
    })
    await onSlide(3)
  })

  it('jumps to a slide typed as digits then Enter, and forgets the digits on Escape', async () => {
    await present(1)
    await press('1')
    await press('2')
    expect(screen.getByText('Go to 12…')).toBeInTheDocument()
    await press('{Escape}')
    expect(screen.getByText(`1 / ${count}`)).toBeInTheDocument()
    await press('3{Enter}')
    await onSlide(3)
    await press('9999{Enter}')
    await onSlide(count)
  })

  it('cycles the theme with T and remembers it', async () => {
    await present(1)
    await press('t')
    expect(document.documentElement.dataset.theme).toBe('dark')
    await press('t')
    expect(document.documentElement.dataset.theme).toBe('projector')
    expect(localStorage.getItem('unfold.theme.v1')).toBe('"projector"')
  })

  it('opens the presenter view in a named window with P, on the current slide', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null)
    await present(3)
    await press('p')
    expect(open).toHaveBeenCalledWith(
      `#/${entry.slug}/presenter/3`,
      'unfold-presenter',
      expect.any(String),
    )
  })

  it('shows a laser dot with L and hides it again with L', async () => {
    const { container } = await present(2)
    await press('l')
    await userEvent.pointer({ coords: { clientX: 200, clientY: 150 } })
    expect(container.querySelector('.laser')).not.toBeNull()
    await press('l')
    expect(container.querySelector('.laser')).toBeNull()
  })

  it('leaves keys with Ctrl, Cmd or Alt to the browser', async () => {
    await present(2)
    await press('{Control>}{ArrowRight}{/Control}')
    await press('{Alt>}{ArrowLeft}{/Alt}')
    expect(window.location.hash).toBe(deck(2))
  })

  it('opens the shortcuts with ? and closes them with Escape', async () => {
    await present(1)
    await press('?')
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(within(help).getByText('Next slide')).toBeInTheDocument()
    await press('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(window.location.hash).toBe(deck(1))
  })

  // The overview renders every slide as a thumbnail, which jsdom takes a few seconds over.
  it('opens the overview with O, stays put behind it, and goes to a picked slide', async () => {
    await present(2)
    await press('o')
    const overview = await screen.findByRole('dialog', { name: 'All slides' })
    expect(within(overview).getAllByRole('button', { name: /^Slide \d+$/ })).toHaveLength(count)
    expect(within(overview).getByRole('button', { name: 'Slide 2' })).toHaveAttribute(
      'aria-current',
      'true',
    )
    await press('{PageDown}')
    expect(window.location.hash).toBe(deck(2))
    await userEvent.click(within(overview).getByRole('button', { name: 'Slide 5' }))
    await onSlide(5)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('blacks out the screen with B or ., and brings it back with B or Escape', async () => {
    const { container } = await present(2)
    const blackout = () =>
      container.querySelector('[aria-label="Screen blacked out; press B to return"]')
    await press('b')
    expect(blackout()).toBeInTheDocument()
    await press('B')
    expect(blackout()).not.toBeInTheDocument()
    await press('.')
    expect(blackout()).toBeInTheDocument()
    await press('{Escape}')
    expect(blackout()).not.toBeInTheDocument()
  })

  it('asks for full screen with F', async () => {
    const request = vi.fn(() => Promise.resolve())
    document.documentElement.requestFullscreen = request
    await present(1)
    await press('f')
    expect(request).toHaveBeenCalledTimes(1)
    expect(window.location.hash).toBe(deck(1))
    delete (document.documentElement as { requestFullscreen?: unknown }).requestFullscreen
  })

  it('clamps a slide number past the end to the last slide', async () => {
    await present(999)
    await onSlide(count)
  })

  it('lets a focused x slider keep its arrows, but a clicker’s PageDown still moves on', async () => {
    const tryIt = lesson.outline.find((o) => o.text === 'Try it: the sigmoid')!
    await present(tryIt.slide + 2)
    const slider = await screen.findByRole('slider', { name: 'x' })
    slider.focus()
    await press('{ArrowRight}')
    expect(window.location.hash).toBe(deck(tryIt.slide + 2))
    await press('{PageDown}')
    await onSlide(tryIt.slide + 3)
  })

  it('lets the chart keep its arrow keys, but a clicker’s PageDown still moves on', async () => {
    const tryIt = lesson.outline.find((o) => o.text === 'Try it: the sigmoid')!
    await present(tryIt.slide + 2)
    const chart = await screen.findByRole('slider', { name: /drag or use arrow keys/ })
    chart.focus()
    const before = chart.getAttribute('aria-valuenow')
    await press('{ArrowRight}')
    expect(chart.getAttribute('aria-valuenow')).not.toBe(before)
    expect(window.location.hash).toBe(deck(tryIt.slide + 2))
    await press('{PageDown}')
    await onSlide(tryIt.slide + 3)
  })

  it('records the furthest slide seen', async () => {
    await present(3)
    await press('{ArrowLeft}')
    await onSlide(2)
    expect(useLearner.getState().visits[entry.slug].slide).toBe(3)
  })
})
