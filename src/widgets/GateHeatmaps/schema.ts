import type { Schema } from '../params.ts'

/** Sequences a link or lesson can start from (learners type others in the widget). */
export const STARTING_SEQUENCES = [
  'banana bandana',
  'hello world',
  'say "hi" to "me"',
  'aaaabbbb',
] as const

/** Which gated cell, which LSTM variant, and where the weights come from. */
export const CELLS = ['lstm', 'gru'] as const
export const VARIANTS = ['standard', 'peephole', 'coupled'] as const
export const WEIGHT_SOURCES = ['seeded', 'hand-set'] as const

/** The cell kinds, LSTM variants and weight sources, typed. */
export type CellKind = (typeof CELLS)[number]
export type Variant = (typeof VARIANTS)[number]
export type WeightSource = (typeof WEIGHT_SOURCES)[number]

/** Parameters of the gate heatmaps; the typed sequence and the focused cell are widget state. */
export const gateHeatmapsSchema: Schema = [
  {
    name: 'sequence',
    type: 'choice',
    label: 'Starting sequence',
    default: 'banana bandana',
    choices: STARTING_SEQUENCES,
    help: 'Read one character per step, one-hot over its own characters; type another in the widget.',
  },
  { name: 'cell', type: 'choice', label: 'Cell', default: 'lstm', choices: CELLS },
  {
    name: 'variant',
    type: 'choice',
    label: 'LSTM variant',
    default: 'standard',
    choices: VARIANTS,
    help: 'peephole: the gates also see the cell state; coupled: i = 1 − f. Ignored for the GRU.',
  },
  {
    name: 'hidden',
    type: 'integer',
    label: 'Hidden size',
    default: 4,
    min: 1,
    max: 8,
    help: 'Units per state: the rows of every heatmap.',
  },
  {
    name: 'weights',
    type: 'choice',
    label: 'Weights',
    default: 'seeded',
    choices: WEIGHT_SOURCES,
    help: 'seeded: untrained, drawn from the seed; hand-set: units 1 and 2 wired by hand to count (or latch on) and detect one character.',
  },
  {
    name: 'seed',
    type: 'integer',
    label: 'Weight seed',
    default: 1,
    min: 1,
    max: 9999,
    help: 'Which untrained weights the engine draws (PyTorch’s default uniform init).',
  },
]

/** The validated params, typed. */
export interface GateHeatmapsConfig {
  sequence: string
  cell: CellKind
  variant: Variant
  hidden: number
  weights: WeightSource
  seed: number
}
