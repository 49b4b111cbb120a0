/**
 * The long-memory task's sequences: a first symbol to remember, k distractor symbols drawn from the
 * same alphabet, then a query mark; the answer, at the query, is the first symbol. Symbols are ids
 * 0..symbols-1; the query mark is id `symbols`. The gap between seeing the symbol and answering is
 * k + 1 steps, and the most recent symbols are the wrong ones to repeat.
 */
import type { Random } from '../../../engine/index.ts'

/** A batch of recall sequences, time-major like the engine's [T, N] token layout. */
export interface RecallBatch {
  steps: number
  batch: number
  /** Token of step t in sequence n at index t * batch + n. */
  tokens: Int32Array
  /** The first symbol of each sequence: the answer. */
  targets: Int32Array
}

/** Token id of the query mark for an alphabet of `symbols`; the vocabulary is one larger. */
export const queryToken = (symbols: number) => symbols

/** `batch` sequences of length k + 2 over `symbols` symbols plus the query mark. */
export function drawRecall(rng: Random, symbols: number, k: number, batch: number): RecallBatch {
  const steps = k + 2
  const tokens = new Int32Array(steps * batch)
  const targets = new Int32Array(batch)
  for (let n = 0; n < batch; n++) {
    for (let t = 0; t <= k; t++) tokens[t * batch + n] = rng.int(symbols)
    tokens[(steps - 1) * batch + n] = queryToken(symbols)
    targets[n] = tokens[n]
  }
  return { steps, batch, tokens, targets }
}
