import { act, configure, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { claimPress } from '../../../src/lesson/clicker.ts'
import { LessonContext } from '../../../src/lesson/context.ts'
import { hyperParams } from '../../../src/train/hyperSchema.ts'
import { inProcessWorker } from '../../../src/train/inProcessWorker.ts'
import { setTrainerWorkerFactory } from '../../../src/train/workerLike.ts'
import type { Params } from '../../../src/widgets/params.ts'
import type { WidgetProps } from '../../../src/widgets/types.ts'
import { TrainingPanel } from '../../../src/widgets/training/TrainingPanel.tsx'
import { useTaskTrainer } from '../../../src/widgets/training/useTaskTrainer.ts'
import { toyHyper, toyTask } from '../../train/toyTask.ts'

configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000 })

const TUNABLE = ['lr', 'optimizer', 'clip'] as const
const DEFAULTS: Params = {
  ...Object.fromEntries(hyperParams(toyHyper, TUNABLE).map((s) => [s.name, s.default])),
}

/** A minimal training widget around the toy task, its params in React state like the host keeps them. */
function ToyWidget({
  task = 'toy',
  initial = {},
  settings = {},
  emit,
}: {
  emit?: WidgetProps['emit']
  task?: string
  initial?: Params
  settings?: Record<string, number>
}) {
  const [params, set] = useState<Params>({ ...DEFAULTS, ...initial })
  const setParams = (patch: Partial<Params>) => set((p) => ({ ...p, ...patch }) as Params)
  const { trainer, specs, restart } = useTaskTrainer(task, toyHyper, TUNABLE, params, settings, {
    target: toyTask.target,
    emit,
  })
  return (
    <TrainingPanel
      trainer={trainer}
      specs={specs}
      params={params}
      setParams={setParams}
      onRestart={restart}
    />
  )
}

let restore: () => void
beforeEach(() => {
  restore = setTrainerWorkerFactory(() =>
    inProcessWorker(
      async () => new Uint8Array(),
      (id) =>
        id === 'toy' ? toyTask : id === 'toy-long' ? { ...toyTask, budget: 1e6 } : undefined,
    ),
  )
})
afterEach(() => restore())

const step = () => Number(screen.getByTestId('train-step').textContent)

describe('TrainingPanel', () => {
  it('trains, pauses, steps, goes back to a checkpoint and resets', async () => {
    const user = userEvent.setup()
    render(<ToyWidget task="toy-long" />)
    await user.click(await screen.findByRole('button', { name: 'Train' }))
    await waitFor(() => expect(step()).toBeGreaterThan(30))
    await user.click(screen.getByRole('button', { name: 'Pause' }))
    const paused = step()
    await user.click(await screen.findByRole('button', { name: 'Step' }))
    await waitFor(() => expect(step()).toBe(paused + 1))
    await user.click(screen.getByRole('button', { name: 'Step back' }))
    await waitFor(() => expect(step()).toBeLessThan(paused + 1))
    expect(Number(screen.getByTestId('train-loss').textContent)).toBeGreaterThanOrEqual(0)
    await user.click(screen.getByRole('button', { name: 'Reset' }))
    await waitFor(() => expect(step()).toBe(0))
    expect(screen.getByRole('button', { name: 'Train' })).toBeEnabled()
  })

  it('reaches the budget, says so, fills the progress bar and reports the target once', async () => {
    const user = userEvent.setup()
    const emit = vi.fn()
    render(<ToyWidget emit={emit} />)
    await user.click(await screen.findByRole('button', { name: 'Train' }))
    await screen.findByText('Step budget reached', {}, { timeout: 10_000 })
    expect(step()).toBe(toyTask.budget)
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(toyTask.budget))
    expect(screen.getByRole('button', { name: 'Train further' })).toBeEnabled()
    expect(emit).toHaveBeenCalledTimes(1)
    expect(emit.mock.calls[0][0]).toMatchObject({
      type: 'complete',
      what: 'validation loss fell to 0.0100',
      detail: { task: 'toy' },
    })
    expect(emit.mock.calls[0][0].detail.step).toBeLessThanOrEqual(toyTask.budget)
  })

  it('explains a diverged run and offers remedies that work', async () => {
    const user = userEvent.setup()
    render(<ToyWidget initial={{ optimizer: 'sgd', lr: 1 }} settings={{ scale: 30 }} />)
    await user.click(await screen.findByRole('button', { name: 'Train' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/diverged at step \d+.*went back to step \d+/)
    await user.click(screen.getByRole('button', { name: 'Halve the learning rate' }))
    await user.click(screen.getByRole('button', { name: 'Clip gradients at norm 1' }))
    const from = step()
    await user.click(screen.getByRole('button', { name: /Resume|Train/ }))
    await waitFor(() => expect(step()).toBeGreaterThan(from + 20))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.queryByText('Diverged')).toBeNull()
  })

  it('refuses a typo in a hyperparameter in place and keeps the run', async () => {
    const user = userEvent.setup()
    render(<ToyWidget />)
    await screen.findByText('Ready to train')
    await user.click(screen.getByText('Hyperparameters and weights'))
    const clip = screen.getByRole('textbox', { name: /Clip gradient norm/ })
    await user.clear(clip)
    await user.type(clip, '1o{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent('A number from 0 to 100')
    await user.clear(clip)
    await user.type(clip, '2{Enter}')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('refuses a weights file that is not JSON and changes nothing', async () => {
    const user = userEvent.setup()
    render(<ToyWidget />)
    await screen.findByText('Ready to train')
    await user.click(screen.getByText('Hyperparameters and weights'))
    const input = screen.getByLabelText('Load weights') as HTMLInputElement
    await act(() =>
      user.upload(input, new File(['not json'], 'w.json', { type: 'application/json' })),
    )
    expect(
      await screen.findByText(/Nothing was changed: This file is not JSON/),
    ).toBeInTheDocument()
    expect(step()).toBe(0)
  })

  it('on a live slide, the clicker trains one round per press and goes back a checkpoint', async () => {
    render(
      <LessonContext.Provider value={{ slug: 'x', view: { mode: 'slide', index: 0 } }}>
        <ToyWidget />
      </LessonContext.Provider>,
    )
    await screen.findByText('Ready to train')
    expect(claimPress('prev')).toBe(false)
    act(() => void claimPress('next'))
    await waitFor(() => expect(step()).toBe(25))
    act(() => void claimPress('next'))
    await waitFor(() => expect(step()).toBe(50))
    act(() => void claimPress('prev'))
    await waitFor(() => expect(step()).toBeLessThan(50))
  })
})
