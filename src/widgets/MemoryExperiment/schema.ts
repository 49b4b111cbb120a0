import { hyperParams } from '../../train/hyperSchema.ts'
import {
  FORGET_BIAS_RANGE,
  LONG_MEMORY_DEFAULTS,
  LONG_MEMORY_TUNABLE,
  LONGEST_CHOICES,
  SYMBOL_RANGE,
} from '../../train/tasks/long-memory/meta.ts'
import type { Schema } from '../params.ts'

/** The run's hyperparameters and seed, as the training panel offers them. */
export const MEMORY_HYPER_SPECS = hyperParams(LONG_MEMORY_DEFAULTS.hyper, LONG_MEMORY_TUNABLE)

const { settings } = LONG_MEMORY_DEFAULTS

/** Parameters of the memory experiment: the task's settings, then the run's hyperparameters. */
export const memoryExperimentSchema: Schema = [
  {
    name: 'longest',
    type: 'choice',
    label: 'Longest delay k',
    default: settings.longest,
    choices: LONGEST_CHOICES,
    help: 'Delays run 2, 4, 8, … up to this; every delay trains its own RNN and LSTM.',
  },
  {
    name: 'symbols',
    type: 'integer',
    label: 'Symbols to remember',
    default: settings.symbols,
    ...SYMBOL_RANGE,
    help: 'The first symbol is one of these; guessing is right one time in this many.',
  },
  {
    name: 'forgetBias',
    type: 'number',
    label: 'LSTM forget-gate bias at the start',
    default: settings.forgetBias,
    ...FORGET_BIAS_RANGE,
    step: 0.5,
    help: 'Added to the forget gate’s bias before training; 0 is PyTorch’s start, 1 is Keras’s.',
  },
  ...MEMORY_HYPER_SPECS,
]

/** The validated params this widget reads itself (the panel reads the hyperparameters). */
export interface MemoryExperimentConfig {
  longest: string
  symbols: number
  forgetBias: number
  seed: number
}
