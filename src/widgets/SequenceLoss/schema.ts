import type { Schema } from '../params.ts'

/** Parameters of the sequence-loss table; which cells are padded is widget state. */
export const sequenceLossSchema: Schema = [
  {
    name: 'batch',
    type: 'integer',
    label: 'Batch size M',
    default: 8,
    min: 1,
    max: 10,
    help: 'Sequences in the mini-batch (the rows).',
  },
  {
    name: 'steps',
    type: 'integer',
    label: 'Steps S',
    default: 3,
    min: 1,
    max: 6,
    help: 'Time steps per sequence (the columns).',
  },
  {
    name: 'seed',
    type: 'integer',
    label: 'Seed',
    default: 1,
    min: 1,
    max: 9999,
    help: 'Draws the small RNN that predicts, its inputs, and the targets the lecture leaves out.',
  },
  {
    name: 'normalize',
    type: 'choice',
    label: 'Divide by',
    default: 'sequences',
    choices: ['sequences', 'tokens'],
    help: 'Sequences: the lecture’s sum over steps, averaged over the M sequences. Tokens: the mean over unpadded positions (crossEntropy’s and PyTorch’s default).',
  },
]
