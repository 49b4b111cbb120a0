/**
 * The character model's data: a text, its vocabulary, the training and held-out parts as token ids,
 * and the windows a batch or the validation set is cut from. Pure functions over a seeded Random.
 */
import type { Random } from '../../../engine/index.ts'

/** How many times the toy repeats "hello": plenty of windows, all of them the same pattern. */
export const HELLO_REPEATS = 200

/** Texts shorter than this are not split: the held-out tenth would be too short to mean anything. */
export const MIN_SPLIT_LENGTH = 200

/** Share of the text, at its end, held out for validation. */
export const HELD_OUT = 0.1

/** Most windows in the validation set (spread evenly over the held-out text), to bound its cost. */
export const MAX_VALIDATION_WINDOWS = 128

/** A text ready for training. */
export interface CharData {
  /** The distinct characters, sorted by code point: token i stands for vocab[i]. */
  vocab: string[]
  train: Int32Array
  validation: Int32Array
  /** False when the text was too short to split and validation reuses the training text. */
  heldOut: boolean
}

/** The toy corpus: "hello" over and over, vocabulary e, h, l, o. */
export function helloText(repeats = HELLO_REPEATS): string {
  return 'hello'.repeat(repeats)
}

/** The sorted distinct characters (code points) of a text. */
export function vocabulary(text: string): string[] {
  return [...new Set(Array.from(text))].sort()
}

/** Token ids of a text's characters; every character must be in the vocabulary. */
export function encode(text: string, vocab: readonly string[]): Int32Array {
  const index = new Map(vocab.map((c, i) => [c, i]))
  return Int32Array.from(Array.from(text), (c) => {
    const id = index.get(c)
    if (id === undefined) throw new RangeError(`encode: "${c}" is not in the vocabulary`)
    return id
  })
}

/** Vocabulary and token ids of a text, the last tenth held out when the text is long enough. */
export function prepareText(text: string): CharData {
  const vocab = vocabulary(text)
  const tokens = encode(text, vocab)
  if (tokens.length < MIN_SPLIT_LENGTH) {
    return { vocab, train: tokens, validation: tokens, heldOut: false }
  }
  const cut = tokens.length - Math.round(tokens.length * HELD_OUT)
  return { vocab, train: tokens.slice(0, cut), validation: tokens.slice(cut), heldOut: true }
}

/** Inputs and next-character targets of N windows of T steps, time-major: position t·N + n. */
export interface Windows {
  inputs: Int32Array
  targets: Int32Array
  steps: number
  batch: number
}

/**
 * Cuts windows of `steps` inputs (and the `steps` characters after each) starting at `starts`.
 * Positions past the end wrap to the start, so a text shorter than a window still gives one.
 */
export function cutWindows(tokens: Int32Array, starts: readonly number[], steps: number): Windows {
  const batch = starts.length
  const inputs = new Int32Array(steps * batch)
  const targets = new Int32Array(steps * batch)
  const L = tokens.length
  starts.forEach((start, n) => {
    for (let t = 0; t < steps; t++) {
      inputs[t * batch + n] = tokens[(start + t) % L]
      targets[t * batch + n] = tokens[(start + t + 1) % L]
    }
  })
  return { inputs, targets, steps, batch }
}

/** A training batch: `batch` windows at uniformly random starts. */
export function randomWindows(
  tokens: Int32Array,
  steps: number,
  batch: number,
  rng: Random,
): Windows {
  const last = Math.max(1, tokens.length - steps)
  return cutWindows(
    tokens,
    Array.from({ length: batch }, () => rng.int(last)),
    steps,
  )
}

/** The validation set: back-to-back windows over the held-out text, at most MAX_VALIDATION_WINDOWS, evenly spread. */
export function validationWindows(tokens: Int32Array, steps: number): Windows {
  const available = Math.max(1, Math.floor((tokens.length - 1) / steps))
  const count = Math.min(available, MAX_VALIDATION_WINDOWS)
  const stride = available / count
  const starts = Array.from({ length: count }, (_, k) => Math.floor(k * stride) * steps)
  return cutWindows(tokens, starts, steps)
}
