import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import type { CountingActivations } from '../../../src/train/tasks/counting/inspect.ts'
import { COUNTING_DEFAULTS } from '../../../src/train/tasks/counting/meta.ts'
import { countingTask } from '../../../src/train/tasks/counting/task.ts'
import { Trainer } from '../../../src/train/trainer.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'
import { trainInProcess } from '../../helpers/inProcessTrainer.ts'
import { fetchAssetFromDisk } from '../../../src/train/fetchAsset.node.ts'

configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 30_000 })

const definition = findWidget('counting-trainer')!
trainInProcess()
beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

/** The same run in Node, `steps` steps in: what the widget's numbers must equal. */
async function expected(cell: 'lstm' | 'gru', n: number, steps: number) {
  const trainer = await Trainer.create(
    countingTask,
    { hyper: { ...COUNTING_DEFAULTS.hyper, cell }, settings: COUNTING_DEFAULTS.settings, seed: 1 },
    fetchAssetFromDisk,
  )
  for (let k = 0; k < steps; k++) trainer.stepOnce()
  return trainer.inspect({ kind: 'activations', n }) as CountingActivations
}

/** The heatmap's values, row by row, read from the cells' titles (full precision). */
function shownMemory(): number[][] {
  const grid = screen.getByRole('grid', { name: /units down, steps across/ })
  return within(grid)
    .getAllByRole('row')
    .map((row) =>
      within(row)
        .queryAllByRole('gridcell')
        .filter((c) => c.hasAttribute('data-value'))
        .map((c) => Number(c.getAttribute('data-value'))),
    )
    .filter((row) => row.length > 0)
}

const stepShown = () => Number(document.querySelector('[data-step]')?.getAttribute('data-step'))

describe('CountingTrainer', () => {
  it("shows the engine's cell state for the chosen n, before and after a training step", async () => {
    render(<WidgetHost definition={definition} raw={{ cell: 'lstm', n: 3 }} source="lesson" />)
    await screen.findByRole('grid', { name: /c, the LSTM cell state/ })
    expect(shownMemory()).toEqual((await expected('lstm', 3, 0)).memory)
    await userEvent.click(await screen.findByRole('button', { name: 'Step' }))
    await waitFor(() => expect(stepShown()).toBe(1))
    expect(shownMemory()).toEqual((await expected('lstm', 3, 1)).memory)
  })

  it('shows a GRU hidden state, and picks n from the slider and the accuracy strip', async () => {
    render(<WidgetHost definition={definition} raw={{ cell: 'gru', n: 2 }} source="lesson" />)
    await screen.findByRole('grid', { name: /h, the GRU hidden state/ })
    const columns = () =>
      within(screen.getByRole('grid', { name: /units down/ }))
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
        .join('')
    expect(columns()).toBe('^aabb')
    const slider = screen.getByRole('slider', { name: 'n' })
    // jsdom does not move range inputs with arrow keys; the e2e spec does that in Chromium.
    fireEvent.change(slider, { target: { value: '3' } })
    await waitFor(() => expect(columns()).toBe('^aaabbb'))
    const strip = await screen.findByRole('toolbar', { name: /Accuracy per n/ })
    await userEvent.click(within(strip).getByRole('button', { name: /^n = 12 \(beyond/ }))
    await waitFor(() => expect(columns()).toBe(`^${'a'.repeat(12)}${'b'.repeat(12)}`))
    expect(screen.getByText(/beyond training \(n ≤ 10\)/)).toBeInTheDocument()
    expect(shownMemory()).toEqual((await expected('gru', 12, 0)).memory)
  })

  it('explains settings that cannot be trained instead of training them', async () => {
    render(<WidgetHost definition={definition} raw={{ maxN: 12, testMaxN: 8 }} source="lesson" />)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The longest tested n (8) must be at least the longest training n (12).',
    )
    expect(screen.queryByRole('grid')).toBeNull()
  })
})
