import { hyperParams } from '../../train/hyperSchema.ts'
import type { Hyperparameters } from '../../train/task.ts'
import { charModelMeta, CORPORA, type Corpus } from '../../train/tasks/char-model/meta.ts'
import { MAX_TEMPERATURE } from '../../train/tasks/char-model/queries.ts'
import type { Schema } from '../params.ts'

/** Longest priming text a link may carry. */
export const MAX_PRIME = 60

/**
 * Parameters of the character model trainer: the run (hyperparameters, seed, corpus) and the sample
 * view. A learner's own text is not a parameter: it stays in the widget's store, out of every link.
 */
export const charModelTrainerSchema: Schema = [
  {
    name: 'corpus',
    type: 'choice',
    label: 'Text to learn',
    default: charModelMeta.defaults.settings.corpus,
    choices: CORPORA,
    help: '"custom" trains on a text you paste or upload; it is never part of the link.',
  },
  ...hyperParams(charModelMeta.defaults.hyper, charModelMeta.tunable),
  {
    name: 'temperature',
    type: 'number',
    label: 'Temperature',
    default: 0.8,
    min: 0,
    max: MAX_TEMPERATURE,
    step: 0.05,
    help: 'Below 1 the sample sticks to likely characters; above 1 it takes more risks; 0 always takes the likeliest.',
  },
  {
    name: 'prime',
    type: 'text',
    label: 'Priming text',
    default: '',
    maxLength: MAX_PRIME,
    // One line of printable characters: control characters would be invisible in the box.
    pattern: /^\P{Cc}*$/u,
    format: 'one line of text',
  },
  {
    name: 'length',
    type: 'integer',
    label: 'Sample length',
    default: 200,
    min: 20,
    max: 600,
  },
]

/** The validated params, typed. */
export interface CharModelTrainerConfig extends Hyperparameters {
  corpus: Corpus
  seed: number
  temperature: number
  prime: string
  length: number
}
