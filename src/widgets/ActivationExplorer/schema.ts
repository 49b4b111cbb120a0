import type { Schema } from '../params.ts'

/** Parameters of the activation explorer. */
export const activationExplorerSchema: Schema = [
  {
    name: 'fn',
    type: 'choice',
    label: 'Function',
    default: 'sigmoid',
    choices: ['sigmoid', 'tanh', 'relu', 'leakyRelu'],
  },
  { name: 'x', type: 'number', label: 'Input x', default: 1, min: -6, max: 6, step: 0.1 },
  {
    name: 'slope',
    type: 'number',
    label: 'Leaky slope',
    default: 0.1,
    min: 0,
    max: 0.5,
    step: 0.01,
    help: 'Slope of leaky ReLU for x < 0 (PyTorch defaults to 0.01).',
  },
  { name: 'derivative', type: 'boolean', label: 'Show f′(x)', default: true },
  {
    name: 'depth',
    type: 'integer',
    label: 'Layers',
    default: 5,
    min: 1,
    max: 30,
    help: 'How many such slopes a gradient is multiplied by on its way back.',
  },
]
