import { hyperParams } from '../../train/hyperSchema.ts'
import {
  DAYS_PER_SEQUENCE,
  ICE_CREAM_DEFAULTS,
  ICE_CREAM_TUNABLE,
  LOOKBACK_RANGE,
} from '../../train/tasks/ice-cream/meta.ts'
import type { Schema } from '../params.ts'

/** The run's hyperparameters and seed, as the training panel offers them. */
export const ICE_CREAM_HYPER_SPECS = hyperParams(ICE_CREAM_DEFAULTS.hyper, ICE_CREAM_TUNABLE)

/** Parameters of the ice-cream trainer: the policy's lookback, the run, and what the strip shows. */
export const iceCreamTrainerSchema: Schema = [
  {
    name: 'lookback',
    type: 'integer',
    label: 'Policy looks back (days)',
    default: ICE_CREAM_DEFAULTS.settings.lookback,
    ...LOOKBACK_RANGE,
    help: 'How many days of weather, today included, the hidden ordering policy looks at.',
  },
  ...ICE_CREAM_HYPER_SPECS,
  {
    name: 'days',
    type: 'integer',
    label: 'Days shown',
    default: 28,
    min: 7,
    max: DAYS_PER_SEQUENCE,
    help: 'How many validation days the strip shows.',
  },
  { name: 'reveal', type: 'boolean', label: 'Show the policy', default: false },
]

/** The validated params this widget reads itself (the panel reads the hyperparameters). */
export interface IceCreamTrainerConfig {
  lookback: number
  seed: number
  days: number
  reveal: boolean
}
