import { configure, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { DECK_TABLE } from '../../../src/widgets/PoolStepper/presets.ts'
import { findWidget } from '../../../src/widgets/registry.ts'

configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

const definition = findWidget('pool-stepper')!

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  await screen.findByRole('group', { name: 'Stepper' })
  const y = () => Number(view.container.querySelector('.conv-work__z')!.getAttribute('data-value'))
  const grid = (name: string) => screen.getByRole('grid', { name })
  const cell = (name: string, r: number, c: number) =>
    Number(within(grid(name)).getByLabelText(new RegExp(`^row ${r + 1} column ${c + 1}:`)).title)
  return { ...view, y, cell }
}

// The 2×2 window at output (r, c) of the deck table, stride 2, from the definition.
const window = (x: readonly (readonly number[])[], r: number, c: number) => [
  x[2 * r][2 * c],
  x[2 * r][2 * c + 1],
  x[2 * r + 1][2 * c],
  x[2 * r + 1][2 * c + 1],
]

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('PoolStepper', () => {
  it('shows the engine output of max pooling and the first window worked out', async () => {
    const { y, cell } = await setup()
    expect(y()).toBe(Math.max(...window(DECK_TABLE, 0, 0)))
    for (let r = 0; r < 4; r++)
      for (let c = 0; c < 4; c++)
        expect(cell('Output', r, c)).toBe(Math.max(...window(DECK_TABLE, r, c)))
  })

  it('recomputes the output when an input cell is edited', async () => {
    const { cell } = await setup({ mode: 'avg' })
    const field = screen.getByLabelText('Input row 2 column 2')
    await userEvent.clear(field)
    await userEvent.type(field, '4{Enter}')
    const x = DECK_TABLE.map((row) => [...row])
    x[1][1] = 4
    const w = window(x, 0, 0)
    expect(cell('Output', 0, 0)).toBeCloseTo(w.reduce((a, b) => a + b) / 4, 12)
  })

  it('refuses a typo in place and keeps the output', async () => {
    const { cell } = await setup()
    const before = cell('Output', 0, 0)
    const field = screen.getByLabelText('Input row 1 column 1')
    await userEvent.clear(field)
    await userEvent.type(field, 'abc{Tab}')
    expect(screen.getByRole('alert')).toHaveTextContent('"abc" is not a number')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(cell('Output', 0, 0)).toBe(before)
  })

  it('moves the window with the arrow keys on the output map', async () => {
    const { y } = await setup()
    const map = screen.getByRole('group', { name: /^Output map/ })
    map.focus()
    fireEvent.keyDown(map, { key: 'ArrowRight' })
    expect(y()).toBe(Math.max(...window(DECK_TABLE, 0, 1)))
    fireEvent.keyDown(map, { key: 'ArrowDown' })
    expect(y()).toBe(Math.max(...window(DECK_TABLE, 1, 1)))
    fireEvent.keyDown(map, { key: 'End' })
    expect(y()).toBe(Math.max(...window(DECK_TABLE, 3, 3)))
  })

  it('backward: routes an edited output gradient to the first maximum of its window', async () => {
    const { cell } = await setup({ view: 'backward', input: 'ties' })
    const g = screen.getByLabelText('Output gradient row 1 column 1')
    await userEvent.clear(g)
    await userEvent.type(g, '5{Enter}')
    // The ties preset's first window is [[1, 1], [0, 0]]: the first 1 (row 1, column 1) wins.
    expect(cell('Input gradient', 0, 0)).toBe(5)
    expect(cell('Input gradient', 0, 1)).toBe(0)
    expect(cell('Input gradient', 1, 0)).toBe(0)
  })

  it('explains a configuration that does not fit instead of computing', async () => {
    await setup({ padding: 2 })
    expect(screen.getByRole('alert')).toHaveTextContent(/more than half the 2-wide window/)
    expect(screen.queryByRole('grid', { name: 'Output' })).toBeNull()
  })
})
