/**
 * The counting languages a^n b^n and a^n b^n c^n as next-symbol prediction. A string is framed by a
 * start marker and an end marker; at each step the model reads one symbol and predicts the next.
 * Until the first b nothing is certain (another a may come), but from then on every next symbol is
 * determined by n: the remaining b's, all the c's and the end. Those are the predictable positions,
 * and a string counts as right only if every one of them is predicted right (Gers and Schmidhuber,
 * 2001; Weiss, Goldberg and Yahav, 2018).
 */
import type { Random } from '../../../engine/index.ts'

/** The two languages a learner can pick. */
export const LANGUAGES = ['anbn', 'anbncn'] as const
export type Language = (typeof LANGUAGES)[number]

/** Marks the start of a string (the first symbol read). */
export const START = '^'
/** Marks the end of a string (the last symbol predicted). */
export const END = '$'

/** The symbols of a language in token order: start, a, b, (c,) end. */
export function symbolsOf(language: Language): string[] {
  return language === 'anbn' ? [START, 'a', 'b', END] : [START, 'a', 'b', 'c', END]
}

/** Letters after the a's: b, or b then c. */
function blocksAfterA(language: Language): number {
  return language === 'anbn' ? 1 : 2
}

/** One string as a next-symbol example: tokens read, tokens to predict, which of them are determined. */
export interface CountingExample {
  n: number
  /** Symbol ids read at steps 0..T-1: the start marker, then the string without its end marker. */
  inputs: number[]
  /** Symbol ids to predict at steps 0..T-1: the string after the start marker, ending in the end marker. */
  targets: number[]
  /** True at the steps whose target is determined: from the step that reads the first b on. */
  predictable: boolean[]
}

/** The example for a^n b^n (c^n): `n` a's, then `n` of each later letter, framed by the markers. */
export function makeExample(language: Language, n: number): CountingExample {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`n must be a whole number from 1, got ${n}`)
  const blocks = blocksAfterA(language)
  const end = blocks + 2
  const letters: number[] = []
  for (let letter = 1; letter <= blocks + 1; letter++)
    for (let k = 0; k < n; k++) letters.push(letter)
  const full = [0, ...letters, end]
  const inputs = full.slice(0, -1)
  // The step that reads the first b is step n + 1 (step 0 reads the start marker, steps 1..n the a's).
  const predictable = inputs.map((_, t) => t >= n + 1)
  return { n, inputs, targets: full.slice(1), predictable }
}

/** Predictable positions of one string: the b's after the first, the c's and the end marker. */
export function predictableCount(language: Language, n: number): number {
  return blocksAfterA(language) * n
}

/** The n of `size` training strings, each uniform in 1..maxN. */
export function drawLengths(rng: Random, size: number, maxN: number): number[] {
  return Array.from({ length: size }, () => 1 + rng.int(maxN))
}

/** Target id the loss skips (PyTorch's ignore_index default): padding after a string's end. */
export const IGNORE_INDEX = -100

/** A batch padded to its longest string, time-major [T, N] flat, with padded targets set to IGNORE_INDEX. */
export interface PaddedBatch {
  steps: number
  batch: number
  inputs: number[]
  targets: number[]
}

/** Pads examples to one length: padding reads the end marker and its targets are ignored by the loss. */
export function padBatch(examples: readonly CountingExample[]): PaddedBatch {
  const steps = Math.max(...examples.map((e) => e.inputs.length))
  const batch = examples.length
  const inputs = new Array<number>(steps * batch)
  const targets = new Array<number>(steps * batch)
  examples.forEach((e, b) => {
    const pad = e.targets[e.targets.length - 1]
    for (let t = 0; t < steps; t++) {
      inputs[t * batch + b] = t < e.inputs.length ? e.inputs[t] : pad
      targets[t * batch + b] = t < e.targets.length ? e.targets[t] : IGNORE_INDEX
    }
  })
  return { steps, batch, inputs, targets }
}
