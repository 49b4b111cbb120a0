import { configure, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { layerNumbers } from '../../../src/widgets/ConvStepper/presets.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'

configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

const definition = findWidget('conv-stepper')!

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  await screen.findByRole('group', { name: 'Stepper' })
  const z = () => Number(view.container.querySelector('.conv-work__z')!.getAttribute('data-value'))
  const output = () => screen.queryByRole('grid', { name: 'Output' })
  const outCell = (r: number, c: number) =>
    Number(within(output()!).getByLabelText(new RegExp(`^row ${r + 1} column ${c + 1}:`)).title)
  return { ...view, z, output, outCell }
}

// One output cell from the definition: the window's products summed (one channel, no padding).
function cell(input: number[][], kernel: number[][], r: number, c: number): number {
  let s = 0
  for (let u = 0; u < kernel.length; u++)
    for (let v = 0; v < kernel.length; v++) s += kernel[u][v] * input[r + u][c + v]
  return s
}

const start = { size: 5, kernel: 3, input: 'vertical-bar', preset: 'vertical-edge' }
const numbers = () =>
  layerNumbers({
    size: 5,
    kernel: 3,
    channels: 1,
    filters: 1,
    input: 'vertical-bar',
    preset: 'vertical-edge',
    seed: 1,
  })

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('ConvStepper', () => {
  it('shows the engine output and the first cell worked out', async () => {
    const { z, outCell } = await setup(start)
    const n = numbers()
    expect(z()).toBe(cell(n.input[0], n.weight[0][0], 0, 0))
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 3; c++) expect(outCell(r, c)).toBe(cell(n.input[0], n.weight[0][0], r, c))
  })

  it('says the step in words for screen readers, with the value the engine computed', async () => {
    const { container } = await setup({ ...start, step: 4 })
    const n = numbers()
    // Step 4 on a 3×3 output is row 2, column 2 (1-based); a 3×3 kernel sums nine products.
    const value = cell(n.input[0], n.weight[0][0], 1, 1)
    const live = container.querySelector('p.visually-hidden[aria-live="polite"]')!
    expect(live.textContent).toMatch(/^Output row 2, column 2: /)
    expect(live.textContent).toContain('the sum of 9 products')
    expect(Number(live.textContent!.split(': ')[1].split(',')[0].replace('−', '-'))).toBeCloseTo(
      value,
      2,
    )
  })

  it('recomputes the output when an input cell is edited', async () => {
    const { outCell } = await setup(start)
    const field = screen.getByLabelText('Input row 2 column 2')
    await userEvent.clear(field)
    await userEvent.type(field, '4{Enter}')
    const n = numbers()
    n.input[0][1][1] = 4
    expect(outCell(0, 0)).toBe(cell(n.input[0], n.weight[0][0], 0, 0))
    expect(outCell(1, 1)).toBe(cell(n.input[0], n.weight[0][0], 1, 1))
  })

  it('refuses a typo in a kernel cell in place and keeps the output', async () => {
    const { outCell } = await setup(start)
    const before = outCell(0, 1)
    const field = screen.getByLabelText('Kernel row 1 column 1')
    await userEvent.clear(field)
    await userEvent.type(field, 'abc{Tab}')
    expect(screen.getByRole('alert')).toHaveTextContent('"abc" is not a number')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(outCell(0, 1)).toBe(before)
  })

  it('refuses an edit of a padding cell with a reason', async () => {
    await setup({ ...start, padding: 1 })
    const field = screen.getByLabelText('Input row 1 column 1')
    await userEvent.clear(field)
    await userEvent.type(field, '3{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent('Padding cells are always zero')
  })

  it('steps the window with the arrow keys on the output map', async () => {
    const { z } = await setup(start)
    const n = numbers()
    const map = screen.getByRole('group', { name: /Output map/ })
    map.focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(z()).toBe(cell(n.input[0], n.weight[0][0], 0, 1))
    await userEvent.keyboard('{ArrowDown}{ArrowRight}')
    expect(z()).toBe(cell(n.input[0], n.weight[0][0], 1, 2))
    expect(map).toHaveAccessibleName(/row 2, column 3/)
  })

  it('steps forward and back with the buttons and the slider', async () => {
    const { z } = await setup(start)
    const n = numbers()
    await userEvent.click(screen.getByRole('button', { name: 'Step forward' }))
    await userEvent.click(screen.getByRole('button', { name: 'Step forward' }))
    expect(z()).toBe(cell(n.input[0], n.weight[0][0], 0, 2))
    await userEvent.click(screen.getByRole('button', { name: 'Step back' }))
    expect(z()).toBe(cell(n.input[0], n.weight[0][0], 0, 1))
    fireEvent.change(screen.getByRole('slider', { name: 'Output cell' }), {
      target: { value: '8' },
    })
    expect(z()).toBe(cell(n.input[0], n.weight[0][0], 2, 2))
  })

  it('explains a configuration that does not fit instead of computing', async () => {
    const { output } = await setup({ size: 3, kernel: 5 })
    expect(screen.getByRole('alert')).toHaveTextContent(
      'the kernel (5) is larger than the input (3), so no window fits',
    )
    expect(output()).toBeNull()
    expect(screen.getByRole('button', { name: 'Play' })).toBeDisabled()
  })

  it('says which cells a stride that does not fit never reads', async () => {
    const { container } = await setup({ size: 7, stride: 3 })
    expect(container.querySelector('.conv-fit__warning')).toHaveTextContent(
      /rounded down to 2 .* the 13 input cells outlined in orange are never read/,
    )
  })

  it('paints input cells with a pointer drag in draw mode, and the output follows', async () => {
    const { outCell } = await setup(start)
    await userEvent.click(screen.getByRole('button', { name: 'Draw' }))
    expect(screen.getByRole('button', { name: 'Draw' })).toHaveAttribute('aria-pressed', 'true')
    const field = (r: number, c: number) =>
      screen.getByLabelText(`Input row ${r + 1} column ${c + 1}`)
    // Press on the first cell, drag across the next two, release: a stroke of three cells.
    await userEvent.pointer([
      { keys: '[MouseLeft>]', target: field(0, 0) },
      { target: field(0, 1) },
      { target: field(0, 2) },
      { keys: '[/MouseLeft]', target: field(0, 2) },
      // Moving after the release paints nothing.
      { target: field(1, 0) },
    ])
    const n = numbers()
    for (const c of [0, 1, 2]) n.input[0][0][c] = 1
    expect(field(0, 1)).toHaveValue('1')
    expect(field(1, 0)).toHaveValue(String(n.input[0][1][0]))
    for (const c of [0, 1, 2]) expect(outCell(0, c)).toBe(cell(n.input[0], n.weight[0][0], 0, c))
    // Erase: brush 0 over a cell of the bar.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Brush' }), '0')
    await userEvent.pointer([
      { keys: '[MouseLeft>]', target: field(2, 2) },
      { keys: '[/MouseLeft]' },
    ])
    n.input[0][2][2] = 0
    for (const c of [0, 1, 2]) expect(outCell(1, c)).toBe(cell(n.input[0], n.weight[0][0], 1, c))
    expect(field(2, 2)).toHaveValue('0')
  })

  it('keeps typing into input cells while drawing', async () => {
    const { outCell } = await setup(start)
    await userEvent.click(screen.getByRole('button', { name: 'Draw' }))
    const field = screen.getByLabelText('Input row 1 column 1')
    field.focus()
    await userEvent.keyboard('{Control>}a{/Control}2{Enter}')
    const n = numbers()
    n.input[0][0][0] = 2
    expect(outCell(0, 0)).toBe(cell(n.input[0], n.weight[0][0], 0, 0))
  })

  it('steps a 1-D signal with the arrow keys', async () => {
    const { z } = await setup({ dims: '1d', length: 8, input: 'digit', preset: 'vertical-edge' })
    const n = layerNumbers({
      ...start,
      dims: '1d',
      length: 8,
      channels: 1,
      filters: 1,
      seed: 1,
      input: 'digit',
      preset: 'vertical-edge',
    })
    const x = n.input[0][0]
    const w = n.weight[0][0][0]
    const at = (o: number) => w.reduce((s, wi, i) => s + wi * x[o + i], 0)
    screen.getByRole('group', { name: /Output map/ }).focus()
    for (let o = 0; o < 4; o++) {
      expect(z()).toBe(at(o))
      await userEvent.keyboard('{ArrowRight}')
    }
    expect(screen.getByText('8×1')).toBeInTheDocument()
  })
})
