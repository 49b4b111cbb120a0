import type { Schema } from '../params.ts'

/** The activations on offer; "linear" is the identity (slope 1 everywhere). */
export const FLOW_ACTIVATIONS = ['linear', 'tanh', 'relu', 'sigmoid'] as const

/** One of FLOW_ACTIVATIONS. */
export type FlowActivation = (typeof FLOW_ACTIVATIONS)[number]

/** Parameters of the gradient-flow plot. */
export const gradientFlowSchema: Schema = [
  {
    name: 'sigma',
    type: 'number',
    label: 'Largest singular value σ of W_hh',
    default: 0.9,
    min: 0.5,
    max: 1.5,
    step: 0.01,
  },
  {
    name: 'activation',
    type: 'choice',
    label: 'Activation',
    default: 'linear',
    choices: FLOW_ACTIVATIONS,
  },
  { name: 'length', type: 'integer', label: 'Sequence length T', default: 50, min: 5, max: 100 },
  {
    name: 'input',
    type: 'number',
    label: 'Input size',
    default: 1,
    min: 0,
    max: 3,
    step: 0.1,
    help: 'Standard deviation of the random inputs; larger inputs push tanh and sigmoid into saturation (not used by linear).',
  },
  { name: 'seed', type: 'integer', label: 'Seed', default: 1, min: 0, max: 9999 },
  {
    name: 'clip',
    type: 'number',
    label: 'Clip at norm',
    default: 0,
    min: 0,
    max: 10,
    step: 0.1,
    help: 'Largest norm allowed for the gradient reaching h_0 (0: no clipping shown).',
  },
]
