/**
 * What a training task is, as the trainer sees it. A task is pure TypeScript over the engine: it runs
 * unchanged in a web worker (the page) and in Node (tests, bench). The trainer owns the optimizer,
 * clipping, divergence checks, history and checkpoints; a task only says how to build a model, what
 * the loss of training batch number `step` is, how well the model does on held-out data, and what the
 * page may look at (samples, heatmaps, filters).
 */
import type { Tensor } from '../engine/index.ts'

/** The optimizers a learner can pick (engine/optim.ts, PyTorch's update rules). */
export const OPTIMIZERS = ['sgd', 'adam', 'rmsprop'] as const
export type OptimizerName = (typeof OPTIMIZERS)[number]

/** The recurrent cells a learner can pick. */
export const CELLS = ['rnn', 'lstm', 'gru'] as const
export type CellKind = (typeof CELLS)[number]

/** Hyperparameters every task understands; a task lists the ones it uses in `tunable`. */
export interface Hyperparameters {
  /** Learning rate. */
  lr: number
  optimizer: OptimizerName
  /** Largest global gradient norm; 0 turns clipping off. */
  clip: number
  batchSize: number
  /** Hidden units of the recurrent layer (or channels of the first conv layer). */
  hidden: number
  /** Steps per training sequence: the BPTT window. */
  truncation: number
  cell: CellKind
}

/** Task-specific settings (a text, how far back a policy looks, a delay k...): numbers and strings. */
export type TaskSettings = Readonly<Record<string, number | string>>

/** Loss (and accuracy where it applies) of one batch or of the validation set. */
export interface Metrics {
  loss: number
  /** Fraction in [0, 1]. */
  accuracy?: number
}

/** The loss of one training batch as a scalar tensor to backpropagate, and that batch's accuracy. */
export interface BatchLoss {
  loss: Tensor
  accuracy?: number
}

/** A question the page asks a model: { kind: 'sample', prime: 'Shall I', temperature: 0.8 }... */
export interface InspectQuery {
  kind: string
  [key: string]: unknown
}

/** Reads an asset shipped under public/ (e.g. "data/sonnets.txt") as bytes; fetch in the worker, fs in Node. */
export type FetchAsset = (path: string) => Promise<Uint8Array>

/** Everything a task needs to build its model. `data` is what `load` returned. */
export interface TaskContext<D = unknown> {
  hyper: Hyperparameters
  settings: TaskSettings
  /** The run's seed: weights, batches and samples all derive from it. */
  seed: number
  data: D
}

/** A built model of a task. */
export interface TaskModel {
  /** Every trainable tensor, in a fixed order (saved weights follow this order). */
  parameters(): Tensor[]
  /**
   * The loss of training batch number `step`. The batch must depend only on the seed and `step`
   * (use batchRandom), so a run resumed from a checkpoint continues exactly as the original did.
   */
  trainLoss(step: number): BatchLoss
  /** Metrics on a fixed validation set, computed without keeping a graph for backward. */
  validate(): Metrics
  /**
   * Answers a query with a small structured-cloneable value (plain objects, arrays, numbers, strings,
   * typed arrays). Throws a RangeError with a plain-words message for a query it does not understand.
   */
  inspect(query: InspectQuery, step: number): unknown
}

/** A training task: defaults, what the panel may tune, the stated quality, and how to build a model. */
export interface TrainingTask<D = unknown> {
  /** URL-safe id, e.g. "char-model". */
  id: string
  title: string
  defaults: { hyper: Hyperparameters; settings: TaskSettings }
  /** The hyperparameters this task's panel shows. */
  tunable: readonly (keyof Hyperparameters)[]
  /** Steps the progress bar counts toward. */
  budget: number
  /** Validate every this many steps. */
  validateEvery: number
  /** What the defaults reach within `budget` steps, checked by a Node test and quoted in the README. */
  target: {
    metric: keyof Metrics
    split: 'train' | 'validation'
    atMost?: number
    atLeast?: number
  }
  /** Returns settings checked and completed with defaults, or throws a RangeError saying what is wrong. */
  checkSettings(settings: Readonly<Record<string, unknown>>): TaskSettings
  /** Loads and parses the data the task needs (assets, generated sets). */
  load(fetchAsset: FetchAsset, settings: TaskSettings): Promise<D>
  build(context: TaskContext<D>): TaskModel
}
