import { hyperParams } from '../../train/hyperSchema.ts'
import {
  digitsMeta,
  MAX_FILTERS,
  PACKED_TRAIN,
  PACKED_VALIDATION,
} from '../../train/tasks/digits/meta.ts'
import type { Schema } from '../params.ts'

/** What the trainer shows under the panel: the drawing pad, the filters or the confusion matrix. */
export const DIGIT_VIEWS = ['draw', 'filters', 'confusion'] as const
export type DigitView = (typeof DIGIT_VIEWS)[number]

/** Parameters of the digit trainer: the run (hyperparameters, seed, training set size) and the view. */
export const digitTrainerSchema: Schema = [
  // "hidden" is the first conv layer's filter count here, with a range a step can afford.
  ...hyperParams(digitsMeta.defaults.hyper, digitsMeta.tunable).map((spec) =>
    spec.name === 'hidden' && spec.type === 'integer'
      ? { ...spec, label: 'Filters in conv1', max: MAX_FILTERS }
      : spec,
  ),
  {
    name: 'trainSize',
    type: 'integer',
    label: 'Training digits',
    default: PACKED_TRAIN,
    min: 100,
    max: PACKED_TRAIN,
    help: 'Learn from fewer digits to see the validation accuracy fall behind the training accuracy.',
  },
  { name: 'view', type: 'choice', label: 'View', default: 'draw', choices: DIGIT_VIEWS },
  {
    name: 'digit',
    type: 'integer',
    label: 'Validation digit',
    default: 0,
    min: 0,
    max: PACKED_VALIDATION - 1,
    help: 'Which validation digit to look at when nothing is drawn.',
  },
]

/** The validated params, typed. */
export interface DigitTrainerConfig {
  lr: number
  optimizer: string
  batchSize: number
  hidden: number
  seed: number
  trainSize: number
  view: DigitView
  digit: number
}
