/** Steps per second while training: measured over half-second stretches, smoothed. */
export class StepRate {
  private steps = 0
  private since = 0
  value = 0

  constructor(private readonly now: () => number) {}

  /** Training (re)starts: the next stretch begins now. */
  restart(): void {
    this.steps = 0
    this.since = this.now()
  }

  /** Counts one step. */
  count(): void {
    this.steps++
  }

  /** Folds the stretch into the value once it is half a second long. */
  update(): void {
    const elapsed = this.now() - this.since
    if (elapsed < 500) return
    const current = (1000 * this.steps) / elapsed
    this.value = this.value ? 0.5 * this.value + 0.5 * current : current
    this.restart()
  }
}
