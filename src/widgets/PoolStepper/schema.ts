import type { Schema } from '../params.ts'

/** Which pooling: the largest value, the mean, or the p-norm of each window. */
export const POOL_MODES = ['max', 'avg', 'lp'] as const

/** Input presets: the lecture deck's 8×8 table, the same shifted one column right, ties, random. */
export const POOL_INPUTS = ['deck', 'shifted', 'ties', 'random'] as const

/** A pooling mode, an input preset and a view. */
export type PoolMode = (typeof POOL_MODES)[number]
export type PoolInput = (typeof POOL_INPUTS)[number]
export type PoolView = 'forward' | 'backward'

/** Parameters of the pooling stepper (edited cells are per-instance state, not params). */
export const poolStepperSchema: Schema = [
  { name: 'mode', type: 'choice', label: 'Pooling', default: 'max', choices: POOL_MODES },
  {
    name: 'p',
    type: 'number',
    label: 'p (p-norm)',
    default: 2,
    min: 1,
    max: 16,
    step: 0.5,
    help: 'p = 1 sums the window; large p approaches the maximum.',
  },
  { name: 'window', type: 'integer', label: 'Window', default: 2, min: 1, max: 4 },
  { name: 'stride', type: 'integer', label: 'Stride', default: 2, min: 1, max: 4 },
  {
    name: 'padding',
    type: 'integer',
    label: 'Padding',
    default: 0,
    min: 0,
    max: 2,
    help: 'At most half the window, as in PyTorch.',
  },
  { name: 'input', type: 'choice', label: 'Input', default: 'deck', choices: POOL_INPUTS },
  {
    name: 'seed',
    type: 'integer',
    label: 'Seed',
    default: 1,
    min: 0,
    max: 9999,
    help: 'The random input is drawn from this seed.',
  },
  {
    name: 'view',
    type: 'choice',
    label: 'View',
    default: 'forward',
    choices: ['forward', 'backward'],
  },
  {
    name: 'step',
    type: 'integer',
    label: 'Output cell',
    default: 0,
    min: 0,
    max: 399,
    help: 'Which output cell the window is on, counted row by row from 0.',
  },
]

/** The validated params, typed. */
export interface PoolConfig {
  mode: PoolMode
  p: number
  window: number
  stride: number
  padding: number
  input: PoolInput
  seed: number
  view: PoolView
  step: number
}
