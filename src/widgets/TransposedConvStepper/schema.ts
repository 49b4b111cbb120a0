import type { Schema } from '../params.ts'

/** Kernel presets: the bilinear-upsampling tent, all ones (each output counts its stamps), random. */
export const STAMP_KERNELS = ['bilinear', 'ones', 'random'] as const

/** Input patterns: 1, 2, 3, … row by row; a single 1 (the stamp alone); all ones; random. */
export const STAMP_INPUTS = ['count', 'impulse', 'ones', 'random'] as const

/** A kernel preset name, and an input pattern name. */
export type StampKernel = (typeof STAMP_KERNELS)[number]
export type StampInput = (typeof STAMP_INPUTS)[number]

/** Parameters of the transposed-convolution stepper (edited cells are per-instance state). */
export const transposedConvSchema: Schema = [
  { name: 'size', type: 'integer', label: 'Input size', default: 3, min: 1, max: 5 },
  { name: 'kernel', type: 'integer', label: 'Kernel size', default: 3, min: 1, max: 4 },
  { name: 'stride', type: 'integer', label: 'Stride', default: 2, min: 1, max: 3 },
  {
    name: 'padding',
    type: 'integer',
    label: 'Padding',
    default: 1,
    min: 0,
    max: 2,
    help: 'Crops this many rows and columns off each border of the stamped canvas.',
  },
  {
    name: 'outputPadding',
    type: 'integer',
    label: 'Output padding',
    default: 0,
    min: 0,
    max: 2,
    help: 'Gives back rows and columns at the bottom and right; must be smaller than the stride.',
  },
  {
    name: 'preset',
    type: 'choice',
    label: 'Kernel',
    default: 'bilinear',
    choices: STAMP_KERNELS,
  },
  { name: 'input', type: 'choice', label: 'Input', default: 'count', choices: STAMP_INPUTS },
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
    label: 'Input cell',
    default: 0,
    min: 0,
    max: 24,
    help: 'Which input cell is stamping, counted row by row from 0.',
  },
]

/** The validated params, typed. */
export interface StampConfig {
  size: number
  kernel: number
  stride: number
  padding: number
  outputPadding: number
  preset: StampKernel
  input: StampInput
  seed: number
  step: number
}
