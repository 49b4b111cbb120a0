/**
 * What the counting task is before any engine code loads: its id, defaults, what the panel may tune,
 * its budget and the quality its defaults reach. Pure, so the widget's schema can import it eagerly.
 */
import type { Hyperparameters, TrainingTask } from '../../task.ts'
import { LANGUAGES, type Language } from './data.ts'

/** The task id the worker knows it by. */
export const COUNTING_ID = 'counting'

/** Ranges of the settings (training lengths, test lengths), shared by checkSettings and the schema. */
export const COUNTING_LIMITS = {
  maxN: { min: 2, max: 20 },
  testMaxN: { min: 2, max: 60 },
} as const

/** Settings of a run: which language, the longest training n, the longest tested n. */
export type CountingSettings = {
  language: Language
  maxN: number
  testMaxN: number
}

/** A few units are enough to count (Weiss et al. plot 2 to 10); Adam at 0.02 learns a^n b^n in a few hundred steps. */
export const COUNTING_DEFAULTS: { hyper: Hyperparameters; settings: CountingSettings } = {
  hyper: {
    lr: 0.02,
    optimizer: 'adam',
    clip: 1,
    batchSize: 16,
    hidden: 4,
    truncation: 64,
    cell: 'lstm',
  },
  settings: { language: 'anbn', maxN: 10, testMaxN: 30 },
}

/** The hyperparameters the panel shows. Whole strings are trained, so there is no truncation. */
export const COUNTING_TUNABLE = [
  'cell',
  'hidden',
  'lr',
  'optimizer',
  'clip',
  'batchSize',
] as const satisfies readonly (keyof Hyperparameters)[]

/**
 * Budget, validation cadence and the target. Measured with the defaults: every training length right
 * (validation accuracy 1) by step 200-300 for seeds 1-6, so the budget leaves a wide margin;
 * test/train/counting/training.test.ts checks seed 1 at the budget.
 */
export const COUNTING_SCHEDULE: Pick<TrainingTask, 'budget' | 'validateEvery' | 'target'> = {
  budget: 1000,
  validateEvery: 50,
  target: { metric: 'accuracy', split: 'validation', atLeast: 1 },
}

/** A whole number setting within its range, or a RangeError that says which and why. */
function wholeNumber(value: unknown, label: string, min: number, max: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max)
    throw new RangeError(
      `${label} must be a whole number from ${min} to ${max}, got ${String(value)}.`,
    )
  return n
}

/** Settings checked and completed with defaults. */
export function checkCountingSettings(raw: Readonly<Record<string, unknown>>): CountingSettings {
  const d = COUNTING_DEFAULTS.settings
  const language = raw.language ?? d.language
  if (!LANGUAGES.includes(language as Language))
    throw new RangeError(
      `The language must be one of ${LANGUAGES.join(', ')}, got ${String(language)}.`,
    )
  const { maxN: mLimit, testMaxN: tLimit } = COUNTING_LIMITS
  const maxN = wholeNumber(raw.maxN ?? d.maxN, 'The longest training n', mLimit.min, mLimit.max)
  const testMaxN = wholeNumber(
    raw.testMaxN ?? d.testMaxN,
    'The longest tested n',
    tLimit.min,
    tLimit.max,
  )
  if (testMaxN < maxN)
    throw new RangeError(
      `The longest tested n (${testMaxN}) must be at least the longest training n (${maxN}).`,
    )
  return { language: language as Language, maxN, testMaxN }
}
