import type { Schema } from '../params.ts'

/** One layer in a link: k<kernel>s<stride>p<padding or c for causal>d<dilation>. */
const LAYER = String.raw`k\d{1,2}s\dp(?:\d|c)d\d`

/** At most this many layers in a stack. */
export const MAX_LAYERS = 8

/** Parameters of the receptive-field explorer; the stack itself travels in `layers`. */
export const receptiveFieldSchema: Schema = [
  {
    name: 'layers',
    type: 'text',
    label: 'Layers',
    default: 'k3s1p0d1,k3s1p0d1,k3s1p0d1',
    maxLength: 12 * MAX_LAYERS,
    pattern: new RegExp(`^${LAYER}(?:,${LAYER}){0,${MAX_LAYERS - 1}}$`),
    format: `up to ${MAX_LAYERS} comma-separated layers like k3s1p1d1 (kernel, stride, padding or c for causal, dilation)`,
    help: 'Kernel, stride, padding and dilation of every layer, first layer first.',
  },
  {
    name: 'dims',
    type: 'choice',
    label: 'Input',
    default: '2d',
    choices: ['2d', '1d'],
    help: '2d: a square image; 1d: a sequence, as in a temporal convolutional network.',
  },
  {
    name: 'size',
    type: 'integer',
    label: 'Input size',
    default: 9,
    min: 1,
    max: 40,
    help: 'Width and height of the image, or length of the sequence.',
  },
  {
    name: 'unit',
    type: 'integer',
    label: 'Output unit',
    default: 4,
    min: 0,
    max: 1599,
    help: 'Which unit of the last layer is inspected, counted row by row from 0.',
  },
]

/** The validated params, typed. */
export interface ReceptiveFieldConfig {
  layers: string
  dims: '2d' | '1d'
  size: number
  unit: number
}
