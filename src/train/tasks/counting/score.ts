/**
 * Scoring next-symbol predictions on counting strings: the predicted symbol at each step is the
 * argmax of its logits, and a string is right only if every predictable step is predicted right.
 */
import type { CountingExample } from './data.ts'

/** How one string fared. */
export interface StringScore {
  n: number
  /** Every predictable step predicted right. */
  correct: boolean
  /** Predictable steps predicted right, and how many there are. */
  right: number
  total: number
}

/** Index of the largest of `count` values starting at `offset` (the first one on ties). */
export function argmax(values: ArrayLike<number>, offset: number, count: number): number {
  let best = 0
  for (let k = 1; k < count; k++) if (values[offset + k] > values[offset + best]) best = k
  return best
}

/** Scores each example of a time-major batch from logits [T·N, V] laid out as padBatch lays tokens. */
export function scoreBatch(
  logits: ArrayLike<number>,
  vocab: number,
  examples: readonly CountingExample[],
): StringScore[] {
  const batch = examples.length
  return examples.map((e, b) => {
    let right = 0
    let total = 0
    e.predictable.forEach((isPredictable, t) => {
      if (!isPredictable) return
      total++
      if (argmax(logits, (t * batch + b) * vocab, vocab) === e.targets[t]) right++
    })
    return { n: e.n, correct: right === total, right, total }
  })
}

/** The fraction of strings that are right. */
export function stringAccuracy(scores: readonly StringScore[]): number {
  return scores.length ? scores.filter((s) => s.correct).length / scores.length : 0
}
