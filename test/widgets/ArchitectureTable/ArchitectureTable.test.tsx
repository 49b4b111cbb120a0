import { configure, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { describeStack, type LayerSpec } from '../../../src/engine/index.ts'
import { ARCHS } from '../../../src/widgets/ArchitectureTable/architectures.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'

configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

const definition = findWidget('architecture-table')!

async function setup(raw: Record<string, unknown> = {}) {
  render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  await screen.findByRole('table')
}

const row = (name: string) =>
  screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!
const shapeOf = (name: string) => row(name).querySelector('.arch-shape')!.textContent

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('ArchitectureTable', () => {
  it('shows AlexNet with the shapes describeStack computes', async () => {
    await setup()
    const direct = describeStack(ARCHS.alexnet.input, ARCHS.alexnet.layers)
    for (const r of direct.rows) expect(shapeOf(r.name)).toBe(r.output.join('×'))
    expect(document.querySelector('[data-total="params"]')).toHaveAttribute(
      'title',
      direct.totals.params.toLocaleString('en-US'),
    )
  })

  it('editing CONV1 updates every later row', async () => {
    await setup()
    const stride = within(row('CONV1')).getByLabelText('stride')
    await userEvent.clear(stride)
    await userEvent.type(stride, '2')
    const edited: LayerSpec[] = ARCHS.alexnet.layers.map((l, i) =>
      i === 0 ? { ...l, stride: 2 } : l,
    )
    const direct = describeStack(ARCHS.alexnet.input, edited)
    for (const r of direct.rows) expect(shapeOf(r.name)).toBe(r.output.join('×'))
    await userEvent.click(screen.getByText('Undo my edits'))
    expect(shapeOf('POOL1')).toBe('96×27×27')
  })

  it('says in words which layer no longer fits, and greys out the rest', async () => {
    await setup({ arch: 'lenet5' })
    const height = screen.getByLabelText('input height')
    await userEvent.clear(height)
    await userEvent.type(height, '20')
    expect(screen.getByRole('alert')).toHaveTextContent('C5')
    expect(screen.getByRole('alert')).toHaveTextContent('The layers below it are not computed')
    expect(shapeOf('F6')).toBe('–')
  })

  it('switches architecture from the menu', async () => {
    await setup()
    await userEvent.selectOptions(screen.getByLabelText('Architecture'), 'depthconcat')
    expect(shapeOf('DepthConcat')).toBe('5×16×16')
  })
})
