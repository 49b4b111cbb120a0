/**
 * The wiring every training widget repeats: hyperparameters and seed from the widget's params, a
 * trainer for the task, the specs its panel shows, and a restart for a crashed worker.
 */
import { useMemo } from 'react'
import type { TrainerClient } from '../../train/client.ts'
import { hyperFromParams, hyperParams } from '../../train/hyperSchema.ts'
import type { Hyperparameters, TaskSettings } from '../../train/task.ts'
import { useTrainer } from '../../train/useTrainer.ts'
import type { Params, ParamSpec } from '../params.ts'

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
): TaskTrainer {
  const hyper = hyperFromParams(defaults, tunable, params)
  const seed = params.seed as number
  const trainer = useTrainer(id, { hyper, settings, seed })
  const specs = useMemo(() => hyperParams(defaults, tunable), [defaults, tunable])
  return { trainer, specs, restart: () => trainer.connect({ hyper, settings, seed }) }
}
