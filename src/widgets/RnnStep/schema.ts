import type { Schema } from '../params.ts'

/** Parameters of the worked-step calculator; the matrices themselves are widget state. */
export const rnnStepSchema: Schema = [
  {
    name: 'cell',
    type: 'choice',
    label: 'Cell',
    default: 'rnn',
    choices: ['rnn', 'lstm', 'gru'],
    help: 'rnn: one tanh step, h_t = tanh([h, x]·W + b); lstm: one LSTM step (gates i, f, g, o and the memory c); gru: one GRU step (gates r, z and the candidate n).',
  },
  {
    name: 'preset',
    type: 'choice',
    label: 'Numbers',
    default: 'deck',
    choices: ['deck', 'random'],
    help: 'deck: the lecture slide’s worked example (for lstm and gru, whose equations the decks give without numbers, a hand-picked example); random: small numbers drawn from the seed.',
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
    name: 'hidden',
    type: 'integer',
    label: 'Hidden size H',
    default: 2,
    min: 1,
    max: 3,
    help: 'Length of h (preset random only; the slide uses 2).',
  },
  {
    name: 'inputs',
    type: 'integer',
    label: 'Input size D',
    default: 2,
    min: 1,
    max: 3,
    help: 'Length of x (preset random only; the slide uses 2).',
  },
  {
    name: 'split',
    type: 'boolean',
    label: 'Show the split form',
    default: false,
    help: 'Also compute h·W_hh + x·W_xh + b, with W cut into its two blocks.',
  },
]
