/**
 * Pure shaping of the digits model's answers for the views: maps split by channel with their
 * colour ranges, the predicted class, and what the confusion matrix says in a sentence.
 */
import type { MapStack } from '../../train/tasks/digits/inspect.ts'

/** One map (or kernel) of a stack: its rows, and the channel it came from. */
export interface Map2d {
  channel: number
  rows: number[][]
}

/** Splits a [C, H, W] stack into C maps of H rows. */
export function splitMaps(stack: MapStack): Map2d[] {
  const [c, h, w] = stack.shape
  return Array.from({ length: c }, (_, channel) => ({
    channel,
    rows: Array.from({ length: h }, (_, r) => {
      const start = (channel * h + r) * w
      return stack.values.slice(start, start + w)
    }),
  }))
}

/** The largest value of a list (at least `floor`), for a shared colour range. */
export function largest(values: readonly number[], floor = 1e-9): number {
  let m = floor
  for (const v of values) if (v > m) m = v
  return m
}

/** The index and probability of the most likely class. */
export function topClass(probabilities: readonly number[]): { digit: number; p: number } {
  let digit = 0
  probabilities.forEach((p, d) => {
    if (p > probabilities[digit]) digit = d
  })
  return { digit, p: probabilities[digit] ?? 0 }
}

/** What a confusion matrix says: accuracy, and the most frequent mistake (truth → prediction). */
export interface ConfusionSummary {
  correct: number
  total: number
  worst: { truth: number; predicted: number; count: number } | null
}

/** Reads counts[truth][prediction]. */
export function summariseConfusion(counts: readonly (readonly number[])[]): ConfusionSummary {
  let correct = 0
  let total = 0
  let worst: ConfusionSummary['worst'] = null
  counts.forEach((row, truth) =>
    row.forEach((count, predicted) => {
      total += count
      if (truth === predicted) correct += count
      else if (count > 0 && (!worst || count > worst.count)) worst = { truth, predicted, count }
    }),
  )
  return { correct, total, worst }
}

/** A probability or fraction as a percentage with one decimal, e.g. "97.3%". */
export function percent(p: number): string {
  return `${(p * 100).toFixed(1)}%`
}

/** Ink in [0, 1] as a grey on light paper, [r, g, b]: the drawing pad's and the input map's colours. */
export function inkShade(v: number): [number, number, number] {
  const s = Math.round(250 - 235 * Math.min(1, Math.max(0, v)))
  return [s, s, s + 5]
}
