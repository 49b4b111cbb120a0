import type { Schema } from '../params.ts'

/** Words over the vocabulary h, e, l, o that a link or lesson can start from (learners type others). */
export const STARTING_WORDS = ['hello', 'hell', 'hole', 'hoe', 'lol', 'ooh'] as const

/** Parameters of the RNN unroller; the word the learner types is widget state. */
export const rnnUnrollerSchema: Schema = [
  {
    name: 'word',
    type: 'choice',
    label: 'Starting word',
    default: 'hello',
    choices: STARTING_WORDS,
    help: 'The sequence fed in, one character per step; type another word in the widget.',
  },
  {
    name: 'hidden',
    type: 'integer',
    label: 'Hidden size',
    default: 3,
    min: 2,
    max: 6,
    help: 'Length of the hidden state h_t.',
  },
  {
    name: 'seed',
    type: 'integer',
    label: 'Weight seed',
    default: 1,
    min: 1,
    max: 9999,
    help: 'Which untrained weights the engine draws (Xavier-uniform, zero biases).',
  },
  {
    name: 'step',
    type: 'integer',
    label: 'Step shown',
    default: 8,
    min: 1,
    max: 8,
    help: 'The time step in focus; larger than the word means its last step.',
  },
]
