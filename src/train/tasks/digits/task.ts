/**
 * The digits task: a small LeNet-style CNN learns to read real handwritten MNIST digits from the
 * packed subset in public/data/digits.bin. Training batch `step` draws `batchSize` digits uniformly
 * from the first `trainSize` training digits (which hold every class equally, interleaved).
 */
import { crossEntropy } from '../../../engine/index.ts'
import { defineTask } from '../../defineTask.ts'
import { batchRandom, initRandom } from '../../seeds.ts'
import type { TaskSettings } from '../../task.ts'
import { argmaxRows, digitBatch, DigitCnn } from './cnn.ts'
import { parseDigits, type DigitsData } from './data.ts'
import { inspectDigits, predictAll } from './inspect.ts'
import { digitsMeta, MAX_FILTERS, PACKED_TRAIN } from './meta.ts'

/** Smallest training set: ten of each class. */
const MIN_TRAIN = 100

/** Checks the task's one setting, how many training digits to learn from. */
function checkSettings(settings: Readonly<Record<string, unknown>>): TaskSettings {
  for (const key of Object.keys(settings)) {
    if (key !== 'trainSize') throw new RangeError(`The digits task has no setting "${key}".`)
  }
  const trainSize = settings.trainSize ?? PACKED_TRAIN
  if (
    typeof trainSize !== 'number' ||
    !Number.isInteger(trainSize) ||
    trainSize < MIN_TRAIN ||
    trainSize > PACKED_TRAIN
  ) {
    throw new RangeError(
      `The number of training digits must be a whole number from ${MIN_TRAIN} to ${PACKED_TRAIN}, not ${String(trainSize)}.`,
    )
  }
  return { trainSize }
}

/** The registered task. */
export const digitsTask = defineTask<DigitsData>({
  ...digitsMeta,
  checkSettings,
  async load(fetchAsset) {
    return parseDigits(await fetchAsset('data/digits.bin'))
  },
  build({ hyper, settings, seed, data }) {
    if (!(Number.isInteger(hyper.hidden) && hyper.hidden >= 1 && hyper.hidden <= MAX_FILTERS))
      throw new RangeError(
        `The first conv layer takes 1 to ${MAX_FILTERS} filters, not ${hyper.hidden}.`,
      )
    const trainSize = Math.min(Number(settings.trainSize), data.train.labels.length)
    const net = new DigitCnn(hyper.hidden, initRandom(seed))
    return {
      parameters: () => net.parameters(),
      trainLoss(step) {
        const rng = batchRandom(seed, step)
        const indices = Array.from({ length: hyper.batchSize }, () => rng.int(trainSize))
        const targets = indices.map((i) => data.train.labels[i])
        const { logits } = net.forward(digitBatch(data.train, indices))
        const correct = argmaxRows(logits).filter((p, i) => p === targets[i]).length
        return { loss: crossEntropy(logits, targets), accuracy: correct / indices.length }
      },
      validate() {
        const { labels } = data.validation
        const { predictions, logits } = predictAll(net, data.validation)
        let offset = 0
        let total = 0
        for (const chunk of logits) {
          const targets = Array.from(labels.subarray(offset, offset + chunk.shape[0]))
          total += crossEntropy(chunk, targets, { reduction: 'sum' }).item()
          offset += chunk.shape[0]
        }
        const correct = predictions.filter((p, i) => p === labels[i]).length
        return { loss: total / labels.length, accuracy: correct / labels.length }
      },
      inspect: (query) => inspectDigits(net, data.validation, query),
    }
  },
})
