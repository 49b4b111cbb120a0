/**
 * The wiring every training widget repeats: hyperparameters and seed from the widget's params, a
 * trainer for the task, the specs its panel shows, and a restart for a crashed worker.
 */
import { useEffect, useMemo, useRef } from 'react'
import type { TrainerClient } from '../../train/client.ts'
import { hyperFromParams, hyperParams } from '../../train/hyperSchema.ts'
import type { Hyperparameters, TaskSettings, TrainingTask } from '../../train/task.ts'
import { useTrainer } from '../../train/useTrainer.ts'
import type { Params, ParamSpec } from '../params.ts'
import type { WidgetEvent } from '../types.ts'
import { targetReached } from './target.ts'

/** What a training widget passes on to its TrainingPanel and views. */
export interface TaskTrainer {
  trainer: TrainerClient
  specs: readonly ParamSpec[]
  restart: () => void
}

/**
 * A trainer for task `id`, configured from the widget's `params` (tunable hyperparameters, seed) and
 * the task `settings` the widget derives from its other params.
 */
export function useTaskTrainer(
  id: string,
  defaults: Hyperparameters,
  tunable: readonly (keyof Hyperparameters)[],
  params: Params,
  settings: TaskSettings,
  goal?: { target: TrainingTask['target']; emit?: (event: WidgetEvent) => void },
): TaskTrainer {
  const hyper = hyperFromParams(defaults, tunable, params)
  const seed = params.seed as number
  const trainer = useTrainer(id, { hyper, settings, seed })
  const specs = useMemo(() => hyperParams(defaults, tunable), [defaults, tunable])
  useCompletion(trainer, goal)
  return { trainer, specs, restart: () => trainer.connect({ hyper, settings, seed }) }
}

/** Emits `complete` once per run, the first time the run meets the task's stated target. */
function useCompletion(
  trainer: TrainerClient,
  goal: { target: TrainingTask['target']; emit?: (event: WidgetEvent) => void } | undefined,
) {
  const latest = useRef(goal)
  useEffect(() => {
    latest.current = goal
  })
  useEffect(() => {
    let done = false
    return trainer.store.subscribe((state) => {
      if (state.step === 0) done = false
      const goal = latest.current
      if (done || !goal?.emit) return
      const reached = targetReached(goal.target, state)
      if (!reached) return
      done = true
      goal.emit({
        type: 'complete',
        what: reached,
        detail: { step: state.step, task: trainer.task },
      })
    })
  }, [trainer])
}
