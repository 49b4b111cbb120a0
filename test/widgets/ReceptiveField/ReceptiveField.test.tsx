import { configure, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'

configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

const definition = findWidget('receptive-field')!

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  await screen.findByRole('group', { name: 'Start from' })
  const tile = (id: string) => screen.getByTestId(id).textContent
  return { ...view, tile }
}

const layer = (n: number) => screen.getByRole('group', { name: `Layer ${n}` })

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('ReceptiveField', () => {
  it('three 3×3 layers: theory and autograd both say 7×7, 49 cells, jump 1', async () => {
    const { tile } = await setup()
    expect(tile('rf-theory')).toBe('7×7')
    expect(tile('rf-measured')).toBe('7×7')
    expect(tile('rf-count')).toBe('49')
    expect(tile('rf-jump')).toBe('1')
  })

  it('adds a layer: the field grows by 2 more cells', async () => {
    const { tile } = await setup({ size: 11 })
    await userEvent.click(screen.getByText('Add a layer'))
    expect(screen.getAllByRole('group', { name: /^Layer \d$/ })).toHaveLength(4)
    expect(tile('rf-theory')).toBe('9×9')
    expect(tile('rf-measured')).toBe('9×9')
  })

  it('edits a kernel and a stride in place and recounts', async () => {
    const { tile } = await setup({ size: 15 })
    const kernel = within(layer(1)).getByLabelText('kernel')
    await userEvent.clear(kernel)
    await userEvent.type(kernel, '5')
    expect(tile('rf-theory')).toBe('9×9')
    const stride = within(layer(1)).getByLabelText('stride')
    await userEvent.clear(stride)
    await userEvent.type(stride, '2')
    // 5 + (3 - 1)·2 + (3 - 1)·2 = 13, jump 2
    expect(tile('rf-theory')).toBe('13×13')
    expect(tile('rf-jump')).toBe('2')
  })

  it('moves the inspected unit with the arrow keys and hover previews another', async () => {
    await setup({ layers: 'k3s2p0d1,k3s2p0d1', size: 15 })
    const grid = screen.getByRole('grid', { name: /Output units/ })
    grid.focus()
    await userEvent.keyboard('{ArrowUp}{ArrowLeft}')
    expect(within(grid).getAllByRole('gridcell')[0]).toHaveAttribute('aria-selected', 'true')
    expect(grid).toHaveAccessibleName(/row 1, column 1 inspected/)
    // Unit (0, 0) of stride-4 units with a 7-wide field sees input rows and columns 0..6.
    const cell = (r: number, c: number) =>
      Number(document.querySelector(`[data-cell="${r}-${c}"]`)!.getAttribute('data-grad'))
    expect(cell(6, 6)).toBeGreaterThan(0)
    expect(cell(7, 7)).toBe(0)
    await userEvent.hover(within(grid).getAllByRole('gridcell')[8])
    expect(cell(7, 7)).toBe(0)
    expect(cell(8, 8)).toBeGreaterThan(0)
  })

  it('explains a stack it cannot read', async () => {
    await setup({ layers: 'k3s1p0d1,k0s1p0d1' })
    expect(screen.getByRole('alert')).toHaveTextContent('Layer 2: kernel 0 is outside 1 to 11.')
  })

  it('explains a stack that does not fit the input in words', async () => {
    await setup({ layers: 'k7s1p0d1,k7s1p0d1', size: 9 })
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Layer 2: the kernel (7) is larger than the input (3), so no window fits',
    )
  })

  it('the TCN preset: the last step depends on 15 steps, nothing in the future', async () => {
    const { tile } = await setup()
    await userEvent.click(screen.getByText('dilated TCN (1-D, causal)'))
    expect(tile('rf-theory')).toBe('15')
    expect(tile('rf-measured')).toBe('15')
    expect(screen.getAllByRole('checkbox', { name: 'causal' })).toHaveLength(3)
  })
})
