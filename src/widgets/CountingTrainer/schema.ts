/**
 * Parameters of the counting trainer: the tunable hyperparameters and seed (so a link reproduces the
 * run), the language and lengths, and which string the activation heatmap shows. Pure: no engine.
 */
import { hyperParams } from '../../train/hyperSchema.ts'
import { LANGUAGES } from '../../train/tasks/counting/data.ts'
import {
  COUNTING_DEFAULTS,
  COUNTING_LIMITS,
  COUNTING_TUNABLE,
} from '../../train/tasks/counting/meta.ts'
import type { Schema } from '../params.ts'

const { settings } = COUNTING_DEFAULTS
const hyperSpecs = hyperParams(COUNTING_DEFAULTS.hyper, COUNTING_TUNABLE)

/** What the training panel offers: the tunable hyperparameters and seed, except the cell, shown up front. */
export const panelSpecs = hyperSpecs.filter((spec) => spec.name !== 'cell')

/** The counting trainer's params, in panel order. */
export const countingTrainerSchema: Schema = [
  ...hyperSpecs,
  {
    name: 'language',
    type: 'choice',
    label: 'Language',
    default: settings.language,
    choices: LANGUAGES,
    help: 'anbn: n a’s then n b’s; anbncn: then n c’s as well.',
  },
  {
    name: 'maxN',
    type: 'integer',
    label: 'Longest training n',
    default: settings.maxN,
    ...COUNTING_LIMITS.maxN,
    help: 'Training strings have n drawn evenly from 1 to this.',
  },
  {
    name: 'testMaxN',
    type: 'integer',
    label: 'Longest tested n',
    default: settings.testMaxN,
    ...COUNTING_LIMITS.testMaxN,
    help: 'Accuracy is reported for every n from 1 to this, beyond the training range too.',
  },
  {
    name: 'n',
    type: 'integer',
    label: 'n shown in the heatmap',
    default: 8,
    min: 1,
    max: COUNTING_LIMITS.testMaxN.max,
  },
]
