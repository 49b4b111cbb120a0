import type { Schema } from '../params.ts'
import { PRESET_NAMES } from './presets.ts'

/** Parameters of the text vectorizer; the sentences the learner types are widget state. */
export const textVectorizerSchema: Schema = [
  {
    name: 'example',
    type: 'choice',
    label: 'Starting sentences',
    default: 'deck',
    choices: PRESET_NAMES,
    help: "Which sentences the fields start with: the lecture's cat and hat, dog bites man, a spam mail, hello.",
  },
  {
    name: 'view',
    type: 'choice',
    label: 'Encoding shown',
    default: 'words',
    choices: ['words', 'chars'],
    help: 'words: one bag-of-words count vector per sentence; chars: one one-hot vector per character of one sentence.',
  },
  {
    name: 'lowercase',
    type: 'boolean',
    label: 'Lower-case first',
    default: true,
    help: 'Lower-case the text before splitting it, so "The" and "the" count as one word.',
  },
]
