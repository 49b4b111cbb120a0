/**
 * Derived random streams. Every random choice of a run comes from its seed plus a purpose and a
 * counter, never from a shared stream, so step 500 draws the same batch whether the run got there
 * directly or was resumed from a checkpoint at step 400.
 */
import { Random } from '../engine/index.ts'

/** Purposes of derived streams, so two uses of the same step never share numbers. */
const PURPOSES = { init: 1, batch: 2, sample: 3, validation: 4 } as const

function mix(seed: number, purpose: number, counter: number): number {
  let h = (seed >>> 0) ^ Math.imul(purpose, 0x9e3779b1)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0
  h = (h + Math.imul(counter >>> 0, 0xc2b2ae35)) >>> 0
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f) >>> 0
  return (h ^ (h >>> 16)) >>> 0
}

/** The stream that initialises a model's weights. */
export function initRandom(seed: number): Random {
  return new Random(mix(seed, PURPOSES.init, 0))
}

/** The stream that draws training batch number `step`. */
export function batchRandom(seed: number, step: number): Random {
  return new Random(mix(seed, PURPOSES.batch, step))
}

/** The stream for a sample (generated text...) taken at training step `step`. */
export function sampleRandom(seed: number, step: number): Random {
  return new Random(mix(seed, PURPOSES.sample, step))
}

/** The stream that draws a task's fixed validation set. */
export function validationRandom(seed: number): Random {
  return new Random(mix(seed, PURPOSES.validation, 0))
}
