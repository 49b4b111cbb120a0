import type { Schema } from '../params.ts'

/** The phases the stepper walks, in order (forward, loss, backward, update, loss again). */
export const PHASES = [
  { id: 'layer1', kind: 'forward', title: 'Forward, layer 1' },
  { id: 'layer2', kind: 'forward', title: 'Forward, layer 2' },
  { id: 'loss', kind: 'forward', title: 'Loss' },
  { id: 'delta2', kind: 'backward', title: 'Output delta' },
  { id: 'gradW2', kind: 'backward', title: 'Gradient of Θ₂' },
  { id: 'delta1', kind: 'backward', title: 'Hidden delta' },
  { id: 'gradW1', kind: 'backward', title: 'Gradient of Θ₁' },
  { id: 'update', kind: 'update', title: 'Update' },
  { id: 'after', kind: 'update', title: 'Loss after the step' },
] as const

/** One phase's id. */
export type PhaseId = (typeof PHASES)[number]['id']

/** Parameters of the two-layer network; the numbers themselves are per-instance state. */
export const backpropNetSchema: Schema = [
  {
    name: 'preset',
    type: 'choice',
    label: 'Numbers',
    default: 'deck',
    choices: ['deck', 'random'],
    help: 'deck: the lecture’s worked example (x, Θ₁, Θ₂, y); random: small numbers drawn from the seed.',
  },
  {
    name: 'seed',
    type: 'integer',
    label: 'Seed',
    default: 1,
    min: 1,
    max: 9999,
    help: 'Which random numbers (preset random only).',
  },
  {
    name: 'inputs',
    type: 'integer',
    label: 'Inputs',
    default: 2,
    min: 1,
    max: 3,
    help: 'Length of x (preset random only; the deck uses 2).',
  },
  {
    name: 'hidden',
    type: 'integer',
    label: 'Hidden units',
    default: 3,
    min: 1,
    max: 4,
    help: 'Width of the hidden layer (preset random only; the deck uses 3).',
  },
  {
    name: 'outputs',
    type: 'integer',
    label: 'Outputs',
    default: 1,
    min: 1,
    max: 2,
    help: 'Length of ŷ and y (preset random only; the deck uses 1).',
  },
  {
    name: 'lr',
    type: 'number',
    label: 'Learning rate γ',
    default: 1,
    min: 0,
    max: 20,
    step: 0.1,
    help: 'The step size of the update Θ ← Θ − γ ∂E/∂Θ (the deck uses 1).',
  },
  {
    name: 'step',
    type: 'integer',
    label: 'Phase',
    default: 0,
    min: 0,
    max: PHASES.length - 1,
    help: 'Which phase is shown: 0 forward layer 1 … 8 the loss after the update.',
  },
]

/** The validated params, typed. */
export interface NetConfig {
  preset: 'deck' | 'random'
  seed: number
  inputs: number
  hidden: number
  outputs: number
  lr: number
  step: number
}
