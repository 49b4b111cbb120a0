import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { parseSequence, runGates } from '../../../src/widgets/GateHeatmaps/model.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'

const definition = findWidget('gate-heatmaps')!

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  await screen.findByRole('grid', { name: /forget gate f/ }, { timeout: 15000 })
  return view
}

const detail = () => screen.getByTestId('gates-detail')
const sig = (a: number) => 1 / (1 + Math.exp(-a))

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

// Six maps of divs are slow to render in jsdom on a busy machine: generous timeouts.
describe('GateHeatmaps', { timeout: 30000 }, () => {
  it('runs a typed sequence; a cell reached by keyboard shows its equation and the engine’s value', async () => {
    await setup()
    const field = screen.getByRole('textbox')
    await userEvent.clear(field)
    await userEvent.type(field, 'abba')
    const grid = screen.getByRole('grid', { name: /forget gate f/ })
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['', 'a', 'b', 'b', 'a'])
    // Tab from the field until the forget map (one tab stop) has focus; its active cell is step 1, unit 1.
    for (let k = 0; k < 20 && document.activeElement !== grid; k++) await userEvent.tab()
    const activeCell = () =>
      document.getElementById(document.activeElement!.getAttribute('aria-activedescendant')!)
    expect(activeCell()).toHaveAttribute('data-t', '1')
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}')
    expect(activeCell()).toHaveAttribute('aria-selected', 'true')
    expect(activeCell()).toHaveAttribute('data-t', '3')
    expect(detail()).toHaveAttribute('data-key', 'f')
    expect(detail()).toHaveTextContent('Step 3 reads “b”, unit 2: forget gate')
    const sequence = parseSequence('abba')
    if (!sequence.ok) throw new Error(sequence.message)
    const run = runGates(sequence.sequence, {
      cell: 'lstm',
      variant: 'standard',
      hidden: 4,
      seed: 1,
      weights: 'seeded',
      target: 'a',
    })
    const expected = run.maps[0].values[2][1]
    expect(screen.getByTestId('gates-value')).toHaveTextContent(String(expected))
    const preact = Number(screen.getByTestId('gates-preact').textContent)
    expect(sig(preact)).toBeCloseTo(expected, 14)
    expect(detail().querySelector('.katex')?.textContent).toContain('σ')
    // The same step and unit are outlined in every other map.
    const cGrid = screen.getByRole('grid', { name: /cell state c/ })
    expect(cGrid.querySelector('.is-linked')).toHaveAttribute('data-t', '3')
    await userEvent.keyboard('{End}')
    expect(detail()).toHaveTextContent('Step 4 reads “a”')
    // Tab on to the input gate: the same step and unit, now in i.
    await userEvent.tab()
    expect(detail()).toHaveAttribute('data-key', 'i')
    expect(detail()).toHaveTextContent('Step 4 reads “a”, unit 2: input gate')
  })

  it('refuses a sequence that is too long, in place, and keeps the last good one', async () => {
    await setup()
    const field = screen.getByRole('textbox')
    await userEvent.clear(field)
    field.focus()
    await userEvent.paste('abcdefghijklmnopqrstuvwxyz')
    expect(screen.getByRole('alert')).toHaveTextContent('At most 24 characters (this has 26)')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    const grid = screen.getByRole('grid', { name: /forget gate f/ })
    expect(within(grid).getAllByRole('columnheader')).toHaveLength(15)
  })

  it('switches to a GRU and shows z, r, n and h', async () => {
    await setup()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Cell' }), 'gru')
    const names = screen
      .getAllByRole('grid')
      .map((g) => g.getAttribute('aria-label')!.split(',')[0])
    expect(names).toEqual(['update gate z', 'reset gate r', 'candidate n', 'hidden state h'])
    expect(screen.getByRole('combobox', { name: 'LSTM variant' })).toBeDisabled()
  })

  it('hand-set weights explain their units and let the learner pick the watched character', async () => {
    await setup({ weights: 'hand-set' })
    expect(screen.getByText(/unit 1 counts “a”/)).toBeInTheDocument()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Watched character' }), 'n')
    expect(screen.getByText(/unit 1 counts “n”/)).toBeInTheDocument()
    expect(screen.queryByText(/Untrained/)).toBeNull()
  })

  it('shows the untrained warning and the parameter count with seeded weights', async () => {
    await setup({ variant: 'peephole', hidden: 2 })
    expect(screen.getByText(/Untrained/)).toBeInTheDocument()
    // 'banana bandana': 5 characters; 4 × (2·5 + 2·2 + 2·2) + 3·2 = 78.
    expect(screen.getByTestId('gates-params')).toHaveTextContent('4 × (2·5 + 2·2 + 2·2) + 3·2 = 78')
  })
})
