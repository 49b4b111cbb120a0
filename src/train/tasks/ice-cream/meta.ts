/**
 * The ice-cream store's defaults and what its panel may tune. Pure (no engine import): the task and
 * the widget's schema both read it, and schemas load eagerly.
 */
import type { Hyperparameters, TrainingTask } from '../../task.ts'

/** The task's id, in the registry and in the worker protocol. */
export const ICE_CREAM_ID = 'ice-cream'

/** The weather kinds, in one-hot order: (1,0,0) sunny, (0,1,0) cloudy, (0,0,1) rainy. */
export const WEATHER = ['sunny', 'cloudy', 'rainy'] as const

/** The two outputs, in class order: (1,0) ice cream available, (0,1) the store has run out. */
export const OUTCOMES = ['available', 'sold out'] as const

/** How far back the owner's policy may look, in days (today included). */
export const LOOKBACK_RANGE = { min: 1, max: 7 } as const

/** Days of validation weather the strip can show: one validation sequence. */
export const DAYS_PER_SEQUENCE = 50

/** Defaults: 50-day sequences as in the lecture; 4 units learn a 3-day policy but struggle at 7. */
export const ICE_CREAM_DEFAULTS: { hyper: Hyperparameters; settings: { lookback: number } } = {
  hyper: {
    lr: 0.02,
    optimizer: 'adam',
    clip: 1,
    batchSize: 16,
    hidden: 4,
    truncation: DAYS_PER_SEQUENCE,
    cell: 'rnn',
  },
  settings: { lookback: 3 },
}

/** What the trainer panel shows for this task. */
export const ICE_CREAM_TUNABLE: readonly (keyof Hyperparameters)[] = [
  'cell',
  'hidden',
  'lr',
  'optimizer',
  'clip',
  'batchSize',
]

/** Steps the progress bar counts toward, and how often the validation set is scored. */
export const ICE_CREAM_BUDGET = 400
export const ICE_CREAM_VALIDATE_EVERY = 25

/** Measured by test/train/ice-cream (defaults, seed 1), with a margin. */
export const ICE_CREAM_TARGET: TrainingTask['target'] = {
  metric: 'accuracy',
  split: 'validation',
  atLeast: 0.98,
}

/** What `inspect({ kind: 'days', count })` answers: the first `count` validation days. */
export interface IceCreamDays {
  lookback: number
  /** Weather id per day (index into WEATHER). */
  weather: number[]
  /** The policy's truth per day: 1 sold out, 0 available. */
  soldOut: number[]
  /** The model's probability of "sold out" per day. */
  pSoldOut: number[]
  /** The best accuracy from today's weather alone, over the whole validation set. */
  todayOnly: number
}
