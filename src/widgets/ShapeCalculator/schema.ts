import type { Schema } from '../params.ts'

/** Parameters of the shape and parameter calculator: one convolution layer's hyperparameters. */
export const shapeCalculatorSchema: Schema = [
  { name: 'width', type: 'integer', label: 'Input width W', default: 32, min: 1, max: 1024 },
  { name: 'height', type: 'integer', label: 'Input height H', default: 32, min: 1, max: 1024 },
  { name: 'depth', type: 'integer', label: 'Input depth D', default: 3, min: 1, max: 4096 },
  { name: 'kernel', type: 'integer', label: 'Kernel size F', default: 5, min: 1, max: 31 },
  { name: 'stride', type: 'integer', label: 'Stride S', default: 1, min: 1, max: 16 },
  { name: 'padding', type: 'integer', label: 'Padding P', default: 2, min: 0, max: 32 },
  { name: 'dilation', type: 'integer', label: 'Dilation', default: 1, min: 1, max: 16 },
  { name: 'filters', type: 'integer', label: 'Filters K', default: 10, min: 1, max: 4096 },
  { name: 'bias', type: 'boolean', label: 'Bias', default: true },
]

/** The validated params, typed. */
export interface LayerHyper {
  width: number
  height: number
  depth: number
  kernel: number
  stride: number
  padding: number
  dilation: number
  filters: number
  bias: boolean
}
