import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import type { TaskSettings } from '../../../src/train/task.ts'
import {
  LONG_MEMORY_DEFAULTS,
  type AccuracyByK,
} from '../../../src/train/tasks/long-memory/meta.ts'
import { longMemoryTask } from '../../../src/train/tasks/long-memory/task.ts'
import { Trainer } from '../../../src/train/trainer.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'
import { trainInProcess } from '../../helpers/inProcessTrainer.ts'
import { fetchAssetFromDisk } from '../../../src/train/fetchAsset.node.ts'

configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 30_000 })

const definition = findWidget('memory-experiment')!
trainInProcess()
beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

/** The same run in Node, `steps` steps in. */
async function expected(settings: TaskSettings, steps: number) {
  const trainer = await Trainer.create(
    longMemoryTask,
    { hyper: LONG_MEMORY_DEFAULTS.hyper, settings, seed: 1 },
    fetchAssetFromDisk,
  )
  for (let k = 0; k < steps; k++) trainer.stepOnce()
  return trainer.inspect({ kind: 'accuracyByK' }) as AccuracyByK
}

/** The table's numbers, per cell, in k order (full precision from data-value). */
function shown(cell: 'rnn' | 'lstm'): number[] {
  return Array.from(document.querySelectorAll(`td[data-cell="${cell}"]`)).map((td) =>
    Number(td.getAttribute('data-value')),
  )
}

const quick = { ...LONG_MEMORY_DEFAULTS.settings, longest: '8' }

describe('MemoryExperiment', () => {
  it("plots the engine's accuracy per k for both cells, before and after a step", async () => {
    render(<WidgetHost definition={definition} raw={{ longest: '8' }} source="lesson" />)
    await screen.findByRole('slider', { name: /accuracy against the delay k/ })
    const start = await expected(quick, 0)
    expect(shown('rnn')).toEqual(start.accuracy.rnn)
    expect(shown('lstm')).toEqual(start.accuracy.lstm)
    await userEvent.click(screen.getByRole('button', { name: 'Step' }))
    const after = await expected(quick, 1)
    await waitFor(() => expect(shown('lstm')).toEqual(after.accuracy.lstm))
    expect(shown('rnn')).toEqual(after.accuracy.rnn)
  })

  it('reads one delay at a time from the keyboard', async () => {
    render(<WidgetHost definition={definition} raw={{ longest: '8' }} source="lesson" />)
    const chart = await screen.findByRole('slider', { name: /accuracy against the delay k/ })
    chart.focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(chart).toHaveAttribute('aria-valuenow', '4')
    expect(chart.getAttribute('aria-valuetext')).toMatch(
      /^k = 4: vanilla tanh RNN \d+%, LSTM \d+% \(chance 25%\)$/,
    )
    await userEvent.keyboard('{End}')
    expect(chart).toHaveAttribute('aria-valuenow', '8')
  })

  it('starts over with the new delays when the longest delay changes', async () => {
    render(<WidgetHost definition={definition} raw={{ longest: '8' }} source="lesson" />)
    await screen.findByRole('slider', { name: /accuracy against the delay k/ })
    fireEvent.change(screen.getByLabelText(/Longest delay k/), { target: { value: '16' } })
    const sixteen = await expected({ ...quick, longest: '16' }, 0)
    await waitFor(() => expect(shown('rnn')).toEqual(sixteen.accuracy.rnn))
    expect(screen.getByRole('columnheader', { name: 'k = 16' })).toBeInTheDocument()
  })
})
