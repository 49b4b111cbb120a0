/**
 * Checkpoints of a run, so a learner can step back through training and resume from any of them.
 * At most `capacity` are kept: when full, every other old one is dropped and the interval doubles, so
 * the checkpoints always span the whole run at a memory cost that does not grow with its length.
 */
import type { OptimizerState } from '../engine/index.ts'

/** Everything needed to continue a run exactly as it went from this step. */
export interface Checkpoint {
  step: number
  /** The training loss of the step that led here (NaN for step 0). */
  loss: number
  weights: Float64Array[]
  optimizer: OptimizerState
}

/** Checkpoints kept at most. */
export const CHECKPOINT_CAPACITY = 16

/** The checkpoints of one run, oldest first. */
export class CheckpointStore {
  private items: Checkpoint[] = []
  private interval: number

  constructor(
    firstInterval: number,
    readonly capacity = CHECKPOINT_CAPACITY,
  ) {
    if (!(firstInterval >= 1)) throw new RangeError(`checkpoints: interval must be at least 1`)
    this.interval = Math.round(firstInterval)
  }

  /** Steps that have a checkpoint, oldest first. */
  get steps(): number[] {
    return this.items.map((c) => c.step)
  }

  /** Whether a run that has just finished `step` steps is due a checkpoint. */
  due(step: number): boolean {
    return step % this.interval === 0 && !this.items.some((c) => c.step === step)
  }

  /** Stores a checkpoint, thinning the old ones when full. */
  add(checkpoint: Checkpoint): void {
    if (this.items.length >= this.capacity) {
      this.interval *= 2
      this.items = this.items.filter((c) => c.step % this.interval === 0)
    }
    this.items.push(checkpoint)
  }

  /** The checkpoint at exactly `step`, if kept. */
  at(step: number): Checkpoint | undefined {
    return this.items.find((c) => c.step === step)
  }

  /** The latest checkpoint strictly before `step`. */
  before(step: number): Checkpoint | undefined {
    return this.items.filter((c) => c.step < step).at(-1)
  }

  /** Forgets checkpoints after `step` (the run is resuming from there). */
  dropAfter(step: number): void {
    this.items = this.items.filter((c) => c.step <= step)
  }
}
