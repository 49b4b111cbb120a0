import type { Schema } from '../params.ts'

/** Kernel presets: classic hand-made filters, or seeded random weights. */
export const KERNEL_PRESETS = [
  'vertical-edge',
  'horizontal-edge',
  'blur',
  'sharpen',
  'identity',
  'random',
] as const

/** Input patterns: a digit-like stroke, a bar, or seeded random values. */
export const INPUT_PATTERNS = ['digit', 'vertical-bar', 'random'] as const

/** A kernel preset name, and an input pattern name. */
export type KernelPreset = (typeof KERNEL_PRESETS)[number]
export type InputPattern = (typeof INPUT_PATTERNS)[number]

/** Parameters of the convolution stepper (the cell values themselves are per-instance state). */
export const convStepperSchema: Schema = [
  {
    name: 'dims',
    type: 'choice',
    label: 'Dimensions',
    default: '2d',
    choices: ['2d', '1d'],
    help: 'A 2-D image or a 1-D signal.',
  },
  { name: 'size', type: 'integer', label: 'Input size', default: 6, min: 3, max: 9 },
  {
    name: 'length',
    type: 'integer',
    label: 'Signal length',
    default: 10,
    min: 3,
    max: 16,
    help: 'Used in 1-D only.',
  },
  { name: 'kernel', type: 'integer', label: 'Kernel size', default: 3, min: 1, max: 5 },
  { name: 'stride', type: 'integer', label: 'Stride', default: 1, min: 1, max: 3 },
  { name: 'padding', type: 'integer', label: 'Padding', default: 0, min: 0, max: 2 },
  { name: 'dilation', type: 'integer', label: 'Dilation', default: 1, min: 1, max: 3 },
  {
    name: 'channels',
    type: 'integer',
    label: 'Input channels',
    default: 1,
    min: 1,
    max: 3,
    help: 'Every filter spans all of them.',
  },
  { name: 'filters', type: 'integer', label: 'Filters', default: 1, min: 1, max: 3 },
  { name: 'bias', type: 'boolean', label: 'Bias', default: false },
  { name: 'relu', type: 'boolean', label: 'ReLU', default: false },
  {
    name: 'preset',
    type: 'choice',
    label: 'Kernel',
    default: 'vertical-edge',
    choices: KERNEL_PRESETS,
  },
  { name: 'input', type: 'choice', label: 'Input', default: 'digit', choices: INPUT_PATTERNS },
  {
    name: 'seed',
    type: 'integer',
    label: 'Seed',
    default: 1,
    min: 0,
    max: 9999,
    help: 'Random inputs and kernels are drawn from this seed.',
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
export interface StepperConfig {
  dims: '2d' | '1d'
  size: number
  length: number
  kernel: number
  stride: number
  padding: number
  dilation: number
  channels: number
  filters: number
  bias: boolean
  relu: boolean
  preset: KernelPreset
  input: InputPattern
  seed: number
  step: number
}
