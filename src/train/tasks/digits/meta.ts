/**
 * The digits task's identity, defaults and stated quality. Pure (no engine import): the widget's
 * schema loads eagerly and reads the defaults from here.
 */
import type { Hyperparameters } from '../../task.ts'

/** The task id the worker looks up. */
export const DIGITS_ID = 'digits'

/** Largest first-layer filter count the panel offers: more would slow a step past ~30 ms. */
export const MAX_FILTERS = 16

/** Training digits in the packed file (250 of each class); the `trainSize` setting may use fewer. */
export const PACKED_TRAIN = 2500

/** Validation digits in the packed file (50 of each class), never trained on. */
export const PACKED_VALIDATION = 500

/** Side of every image, as in MNIST. */
export const SIDE = 28

/** Size of the two convolution kernels (LeNet's 5 × 5). */
export const KERNEL = 5

/** Filters of the second convolution layer. */
export const CONV2_FILTERS = 12

/** Everything the digits task needs that a learner can change. */
export const digitsMeta = {
  id: DIGITS_ID,
  title: 'A small CNN on real MNIST digits',
  defaults: {
    hyper: {
      lr: 0.003,
      optimizer: 'adam',
      clip: 0,
      batchSize: 16,
      hidden: 6,
      truncation: 2,
      cell: 'rnn',
    } satisfies Hyperparameters as Hyperparameters,
    settings: { trainSize: PACKED_TRAIN },
  },
  tunable: [
    'lr',
    'optimizer',
    'batchSize',
    'hidden',
  ] as const satisfies readonly (keyof Hyperparameters)[],
  budget: 150,
  validateEvery: 50,
  /** Measured by test/train/digits/quality.test.ts: the defaults pass this within `budget` steps. */
  target: { metric: 'accuracy', split: 'validation', atLeast: 0.85 } as const,
}
