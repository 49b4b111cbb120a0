import { configure, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'

configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

const definition = findWidget('transposed-conv')!

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  await screen.findByRole('group', { name: 'Stepper' })
  const grid = (name: string) => screen.getByRole('grid', { name })
  // Read-only cells carry their full value in the title; "row r column c" counts from 1 there.
  const value = (name: string, r: number, c: number) =>
    Number(within(grid(name)).getByLabelText(new RegExp(`^row ${r + 1} column ${c + 1}:`)).title)
  const stamp = () =>
    Array.from({ length: 3 }, (_, r) => Array.from({ length: 3 }, (_, c) => value('Stamp', r, c)))
  const sentence = () => view.container.querySelector('.stamp-sentence')!.textContent!
  return { ...view, grid, value, stamp, sentence }
}

// The bilinear kernel of size 3: the tent [0.5, 1, 0.5] times itself.
const tent = [0.5, 1, 0.5]
const bilinear = tent.map((a) => tent.map((b) => a * b))
const scaled = (x: number) => bilinear.map((row) => row.map((w) => x * w))

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('TransposedConvStepper', () => {
  it('shows input (0, 0) stamping first, and the output-size formula with numbers', async () => {
    const { stamp, sentence, container } = await setup()
    expect(stamp()).toEqual(scaled(1))
    expect(sentence()).toMatch(/^Input \(0, 0\) = 1 stamps 1 × kernel onto output rows −1 to 1/)
    expect(container.querySelector('.conv-fit__formula')).toHaveTextContent('=5')
  })

  it('steps the stamp with the arrow keys on the canvas', async () => {
    const { stamp, sentence } = await setup()
    screen.getByRole('group', { name: /Stamped canvas/ }).focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(stamp()).toEqual(scaled(2))
    await userEvent.keyboard('{ArrowDown}')
    // Input (1, 1) holds 5 in the counting pattern 1, 2, …, 9.
    expect(stamp()).toEqual(scaled(5))
    expect(sentence()).toMatch(/^Input \(1, 1\) = 5 stamps/)
    await userEvent.keyboard('{End}')
    expect(stamp()).toEqual(scaled(9))
    expect(screen.getByRole('slider', { name: 'Input cell' })).toHaveValue('8')
  })

  it('moves the stamp to an input cell that takes the focus, and follows an edit of it', async () => {
    const { stamp } = await setup()
    const field = screen.getByLabelText('Input row 1 column 2')
    await userEvent.click(field)
    expect(stamp()).toEqual(scaled(2))
    await userEvent.clear(field)
    await userEvent.type(field, '-4{Tab}')
    // Tab moved the focus, and the stamp, on to input (0, 2); back to the edited cell.
    expect(stamp()).toEqual(scaled(3))
    await userEvent.tab({ shift: true })
    expect(stamp()).toEqual(scaled(-4))
  })

  it('sums overlapping stamps on the canvas and crops them into the output', async () => {
    const { value } = await setup({ size: 2, preset: 'ones', input: 'count', step: 3 })
    // An all-ones kernel: each output cell is the sum of the inputs whose stamps reach it.
    // Stamps 3 wide and 2 apart overlap on the middle row and column (output index 1).
    const loop = [
      [1, 1 + 2, 2],
      [1 + 3, 1 + 2 + 3 + 4, 2 + 4],
      [3, 3 + 4, 4],
    ]
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 3; c++) expect(value('Output', r, c)).toBe(loop[r][c])
    const middle = within(screen.getByRole('grid', { name: 'Canvas' })).getByLabelText(
      /^row 1 column 1:/,
    )
    expect(middle).toHaveAccessibleName('row 1 column 1: 10, sum of 4 stamps')
    expect(middle).toHaveTextContent('×4')
  })

  it('steps with the buttons and the slider', async () => {
    const { stamp } = await setup()
    await userEvent.click(screen.getByRole('button', { name: 'Step forward' }))
    await userEvent.click(screen.getByRole('button', { name: 'Step forward' }))
    expect(stamp()).toEqual(scaled(3))
    await userEvent.click(screen.getByRole('button', { name: 'Step back' }))
    expect(stamp()).toEqual(scaled(2))
    fireEvent.change(screen.getByRole('slider', { name: 'Input cell' }), {
      target: { value: '6' },
    })
    expect(stamp()).toEqual(scaled(7))
  })

  it('explains a layer whose padding crops away the whole output', async () => {
    const { container } = await setup({ size: 1, kernel: 1, padding: 1 })
    expect(screen.getByRole('alert')).toHaveTextContent('the padding crops away the whole output')
    expect(container.querySelector('.stamp-canvas')).toBeNull()
    expect(screen.getByRole('button', { name: 'Play' })).toBeDisabled()
  })
})
