/**
 * The long-memory experiment's defaults and what its panel may tune. Pure (no engine import): the
 * task and the widget's schema both read it, and schemas load eagerly.
 */
import type { Hyperparameters, TrainingTask } from '../../task.ts'

/** The task's id, in the registry and in the worker protocol. */
export const LONG_MEMORY_ID = 'long-memory'

/** The two cells compared, in plotting order. */
export const MEMORY_CELLS = ['rnn', 'lstm'] as const
export type MemoryCell = (typeof MEMORY_CELLS)[number]

/** How many symbols the first position may hold (chance is one over this). */
export const SYMBOL_RANGE = { min: 2, max: 8 } as const

/** The LSTM's initial forget-gate bias: sigmoid(3) ≈ 0.95 keeps the cell state from the start. */
export const FORGET_BIAS_RANGE = { min: 0, max: 5 } as const

/** The largest delay k on offer; delays run 2, 4, 8, ... up to the chosen longest. */
export const LONGEST_CHOICES = ['8', '16', '32'] as const

/**
 * Defaults. Clipping is off: the trainer clips the global norm over every sub-model at once, so one
 * exploding RNN would shrink every other model's step too.
 */
export const LONG_MEMORY_DEFAULTS: {
  hyper: Hyperparameters
  settings: { symbols: number; longest: string; forgetBias: number }
} = {
  hyper: {
    lr: 0.01,
    optimizer: 'adam',
    clip: 0,
    batchSize: 16,
    hidden: 8,
    // Unused, but every task has them: each delay k sets its own length (k + 2) and both cells train.
    truncation: 34,
    cell: 'lstm',
  },
  settings: { symbols: 4, longest: '32', forgetBias: 3 },
}

/** What the trainer panel shows for this task (both cells always train, so no cell choice). */
export const LONG_MEMORY_TUNABLE: readonly (keyof Hyperparameters)[] = [
  'hidden',
  'lr',
  'optimizer',
  'clip',
  'batchSize',
]

/** Steps the progress bar counts toward, and how often the validation sets are scored. */
export const LONG_MEMORY_BUDGET = 1500
export const LONG_MEMORY_VALIDATE_EVERY = 50

/** Measured by test/train/long-memory (defaults, seed 1), with a margin: mean over every model. */
export const LONG_MEMORY_TARGET: TrainingTask['target'] = {
  metric: 'accuracy',
  split: 'validation',
  atLeast: 0.6,
}

/** The delays k for a longest delay: 2, 4, 8, ... up to `longest`. */
export function delaysUpTo(longest: number): number[] {
  const ks: number[] = []
  for (let k = 2; k <= longest; k *= 2) ks.push(k)
  return ks
}

/** What `inspect({ kind: 'accuracyByK' })` answers. */
export interface AccuracyByK {
  symbols: number
  /** Accuracy of guessing: one over the number of symbols. */
  chance: number
  ks: number[]
  /** Validation accuracy per cell, one entry per k (same order as `ks`). */
  accuracy: Record<MemoryCell, number[]>
}
