/**
 * The ice-cream store (the lecture's toy task): daily weather in, "ice cream available" or "sold out"
 * out, every day, from a policy that looks back `lookback` days. A recurrent layer reads the weather
 * one day at a time and a Linear layer turns each day's state into two logits; the loss is softmax
 * cross-entropy averaged over every day of the batch.
 */
import { crossEntropy, oneHot, softmax } from '../../../engine/index.ts'
import { defineTask } from '../../defineTask.ts'
import { batchRandom, initRandom, validationRandom } from '../../seeds.ts'
import type { InspectQuery, TaskModel, TaskSettings } from '../../task.ts'
import { accuracy, SequenceClassifier } from './classifier.ts'
import { drawBatch, sequenceOf, todayOnlyAccuracy, type StoreBatch } from './data.ts'
import {
  DAYS_PER_SEQUENCE,
  type IceCreamDays,
  ICE_CREAM_BUDGET,
  ICE_CREAM_DEFAULTS,
  ICE_CREAM_ID,
  ICE_CREAM_TARGET,
  ICE_CREAM_TUNABLE,
  ICE_CREAM_VALIDATE_EVERY,
  LOOKBACK_RANGE,
  OUTCOMES,
  WEATHER,
} from './meta.ts'

/** Sequences in the fixed validation set; the first one is the stretch the strip shows. */
const VALIDATION_SEQUENCES = 32

/** The lookback in days, checked. */
function checkLookback(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  const { min, max } = LOOKBACK_RANGE
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    throw new RangeError(
      `The policy's lookback must be a whole number of days from ${min} to ${max}; got ${String(value)}.`,
    )
  }
  return n
}

/** The first `count` days of the first validation sequence, checked. */
function checkCount(query: InspectQuery): number {
  const count = query.count ?? DAYS_PER_SEQUENCE
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    throw new RangeError(`ice-cream: "count" must be a positive whole number of days.`)
  }
  return Math.min(count, DAYS_PER_SEQUENCE)
}

function buildModel(
  hyper: typeof ICE_CREAM_DEFAULTS.hyper,
  settings: TaskSettings,
  seed: number,
): TaskModel {
  const lookback = checkLookback(settings.lookback)
  const model = new SequenceClassifier(
    hyper.cell,
    WEATHER.length,
    hyper.hidden,
    OUTCOMES.length,
    initRandom(seed),
  )
  const validation = drawBatch(
    validationRandom(seed),
    DAYS_PER_SEQUENCE,
    VALIDATION_SEQUENCES,
    lookback,
  )
  const strip = sequenceOf(validation, 0)
  const todayOnly = todayOnlyAccuracy(validation)
  const run = (b: StoreBatch) => model.everyStep(oneHot(b.weather, WEATHER.length, b.batch))
  return {
    parameters: () => model.parameters(),
    trainLoss(step) {
      const days = Math.max(hyper.truncation, 2)
      const batch = drawBatch(batchRandom(seed, step), days, hyper.batchSize, lookback)
      const logits = run(batch)
      return {
        loss: crossEntropy(logits, batch.soldOut),
        accuracy: accuracy(logits, batch.soldOut),
      }
    },
    validate() {
      const logits = run(validation)
      return {
        loss: crossEntropy(logits, validation.soldOut).item(),
        accuracy: accuracy(logits, validation.soldOut),
      }
    },
    inspect(query): IceCreamDays {
      if (query.kind !== 'days') {
        throw new RangeError(`ice-cream: unknown query "${String(query.kind)}"; ask for "days".`)
      }
      const count = checkCount(query)
      const p = softmax(run(strip)).data
      return {
        lookback,
        weather: Array.from(strip.weather.subarray(0, count)),
        soldOut: Array.from(strip.soldOut.subarray(0, count)),
        pSoldOut: Array.from({ length: count }, (_, t) => p[t * OUTCOMES.length + 1]),
        todayOnly,
      }
    },
  }
}

/** The ice-cream store as a training task. */
export const iceCreamTask = defineTask<null>({
  id: ICE_CREAM_ID,
  title: 'The ice-cream store',
  defaults: ICE_CREAM_DEFAULTS,
  tunable: ICE_CREAM_TUNABLE,
  budget: ICE_CREAM_BUDGET,
  validateEvery: ICE_CREAM_VALIDATE_EVERY,
  target: ICE_CREAM_TARGET,
  checkSettings: (settings) => ({
    lookback: checkLookback(settings.lookback ?? ICE_CREAM_DEFAULTS.settings.lookback),
  }),
  load: () => Promise.resolve(null),
  build: ({ hyper, settings, seed }) => buildModel(hyper, settings, seed),
})
