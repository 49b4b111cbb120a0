/**
 * What the page may ask the digits network: its first-layer filters, the feature maps and
 * prediction for one digit (drawn, or picked from the validation set), and the confusion matrix on
 * the validation set. Answers are plain objects of numbers, cheap to post from a worker.
 */
import { softmax, Tensor } from '../../../engine/index.ts'
import type { InspectQuery } from '../../task.ts'
import { argmaxRows, digitBatch, type DigitCnn } from './cnn.ts'
import { digitInk, type DigitSet } from './data.ts'

/** A stack of maps (or kernels) [channels, height, width], values flat in that order. */
export interface MapStack {
  label: string
  shape: [number, number, number]
  values: number[]
}

/** Answer to { kind: 'filters' }: the first conv layer's kernels and biases. */
export interface FiltersAnswer {
  kind: 'filters'
  weights: MapStack
  bias: number[]
}

/** Answer to { kind: 'featureMaps' }: the digit looked at, the prediction and every stage's maps. */
export interface FeatureMapsAnswer {
  kind: 'featureMaps'
  /** The 28 × 28 input, ink in [0, 1]. */
  input: number[]
  /** The true label when the digit came from the validation set. */
  label: number | null
  probabilities: number[]
  stages: MapStack[]
}

/** Answer to { kind: 'confusion' }: counts[truth][prediction] over the validation set. */
export interface ConfusionAnswer {
  kind: 'confusion'
  counts: number[][]
  total: number
}

/** How many validation digits one forward pass takes, so memory stays small. */
const CHUNK = 100

function stack(label: string, t: Tensor): MapStack {
  const [, c, h, w] = t.shape
  return { label, shape: [c, h, w], values: Array.from(t.data.subarray(0, c * h * w)) }
}

/** The query's digit: 784 finite pixels clamped to [0, 1], or validation digit `index`. */
function queryDigit(
  query: InspectQuery,
  validation: DigitSet,
): { ink: Float64Array; label: number | null } {
  const area = validation.side * validation.side
  if (Array.isArray(query.pixels)) {
    const pixels = query.pixels as unknown[]
    if (pixels.length !== area || !pixels.every((v) => typeof v === 'number' && Number.isFinite(v)))
      throw new RangeError(`A drawn digit must be ${area} finite numbers (28 × 28 pixels).`)
    return {
      ink: Float64Array.from(pixels as number[], (v) => Math.min(1, Math.max(0, v))),
      label: null,
    }
  }
  const index = query.index
  const count = validation.labels.length
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= count)
    throw new RangeError(
      `Pick a validation digit from 0 to ${count - 1}, or send pixels to look at.`,
    )
  return { ink: digitInk(validation, index), label: validation.labels[index] }
}

/** Answers one inspect query about `net`. */
export function inspectDigits(net: DigitCnn, validation: DigitSet, query: InspectQuery): unknown {
  switch (query.kind) {
    case 'filters': {
      const w = net.conv1Weight
      const [k, , h, wd] = w.shape
      return {
        kind: 'filters',
        weights: { label: 'conv1 kernels', shape: [k, h, wd], values: Array.from(w.data) },
        bias: Array.from(net.conv1Bias.data),
      } satisfies FiltersAnswer
    }
    case 'featureMaps': {
      const { ink, label } = queryDigit(query, validation)
      const side = validation.side
      const out = net.forward(new Tensor(ink, [1, 1, side, side]))
      return {
        kind: 'featureMaps',
        input: Array.from(ink),
        label,
        probabilities: Array.from(softmax(out.logits).data),
        stages: [
          stack('conv1 + ReLU', out.conv1),
          stack('pool1', out.pool1),
          stack('conv2 + ReLU', out.conv2),
          stack('pool2', out.pool2),
        ],
      } satisfies FeatureMapsAnswer
    }
    case 'confusion':
      return { kind: 'confusion', ...confusion(net, validation) } satisfies ConfusionAnswer
    default:
      throw new RangeError(
        `The digits model answers "filters", "featureMaps" and "confusion", not ${JSON.stringify(query.kind)}.`,
      )
  }
}

/** Predictions of every digit of a set, in chunks. */
export function predictAll(
  net: DigitCnn,
  set: DigitSet,
): { predictions: number[]; logits: Tensor[] } {
  const predictions: number[] = []
  const logits: Tensor[] = []
  for (let start = 0; start < set.labels.length; start += CHUNK) {
    const indices = Array.from(
      { length: Math.min(CHUNK, set.labels.length - start) },
      (_, i) => start + i,
    )
    const out = net.forward(digitBatch(set, indices)).logits
    logits.push(out)
    predictions.push(...argmaxRows(out))
  }
  return { predictions, logits }
}

/** counts[truth][prediction] over a set. */
export function confusion(net: DigitCnn, set: DigitSet): { counts: number[][]; total: number } {
  const counts = Array.from({ length: 10 }, () => new Array<number>(10).fill(0))
  predictAll(net, set).predictions.forEach((p, i) => counts[set.labels[i]][p]++)
  return { counts, total: set.labels.length }
}
