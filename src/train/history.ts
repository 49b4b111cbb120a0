/**
 * A bounded history of (step, value) points for the loss and accuracy charts. When full it halves
 * itself by averaging neighbouring pairs, so an hour-long run keeps a fixed memory footprint and the
 * chart still spans the whole run, with older stretches drawn at a coarser resolution.
 */

/** One recorded point: the step, the loss and, where the task has one, the accuracy. */
export type Point = readonly [step: number, loss: number, accuracy: number | null]

/** Points kept at most (per series) before pairs are merged. */
export const HISTORY_CAPACITY = 1000

/** A bounded series of points in increasing step order. */
export class BoundedSeries {
  private items: Point[] = []
  /** How many raw points each kept point averages; doubles at every halving. */
  private stride = 1
  private pending: Point[] = []

  constructor(readonly capacity = HISTORY_CAPACITY) {
    if (!(capacity >= 2))
      throw new RangeError(`BoundedSeries: capacity must be at least 2, got ${capacity}`)
  }

  /** The points, oldest first; the last may average a stretch that is still filling. */
  get points(): readonly Point[] {
    return this.pending.length > 0 ? [...this.items, mean(this.pending)] : this.items
  }

  get length(): number {
    return this.items.length + (this.pending.length > 0 ? 1 : 0)
  }

  /** Appends a point; every `stride` raw points become one kept point, their mean. */
  push(point: Point): void {
    this.pending.push(point)
    if (this.pending.length < this.stride) return
    this.items.push(mean(this.pending))
    this.pending = []
    if (this.items.length >= this.capacity) {
      this.items = halve(this.items)
      this.stride *= 2
    }
  }

  /** Drops every point after `step` (a run resumed from an earlier checkpoint rewrites its future). */
  truncateAfter(step: number): void {
    this.pending = this.pending.filter((p) => p[0] <= step)
    const cut = this.items.findIndex((p) => p[0] > step)
    if (cut >= 0) {
      this.items = this.items.slice(0, cut)
      this.pending = []
    }
  }

  /** Replaces the contents (the page receives a full history after a rewind or a load). */
  replace(points: readonly Point[]): void {
    this.clear()
    for (const p of points) this.push(p)
  }

  clear(): void {
    this.items = []
    this.pending = []
    this.stride = 1
  }
}

/** The mean of a few points (steps, losses and accuracies alike). */
function mean(points: readonly Point[]): Point {
  const n = points.length
  const accuracies = points.map((p) => p[2]).filter((a): a is number => a !== null)
  return [
    points.reduce((s, p) => s + p[0], 0) / n,
    points.reduce((s, p) => s + p[1], 0) / n,
    accuracies.length > 0 ? accuracies.reduce((s, a) => s + a, 0) / accuracies.length : null,
  ]
}

/** Averages neighbouring pairs (each pair covers the same number of raw points). */
function halve(points: readonly Point[]): Point[] {
  const out: Point[] = []
  for (let k = 0; k + 1 < points.length; k += 2) out.push(mean([points[k], points[k + 1]]))
  if (points.length % 2 === 1) out.push(points[points.length - 1])
  return out
}
