/**
 * What of a run's history the page still needs: progress events carry only the points added since
 * the last one (the last point resent, since it may still be filling), or the whole series when the
 * page's copy is stale (after a jump, or when a bounded series has halved itself).
 */
import type { BoundedSeries, Point } from './history.ts'

/** Tracks how much of the train and validation series the page has been sent. */
export class HistoryOutbox {
  private sentTrain = 0
  private sentValidation = 0
  private replaceNext = true

  /** The next event replaces the page's history instead of extending it. */
  resend(): void {
    this.replaceNext = true
  }

  /** The points to send now, and whether they replace the page's copy. */
  take(train: BoundedSeries, validation: BoundedSeries) {
    const [t, v] = [train.points, validation.points]
    const replace = this.replaceNext || t.length < this.sentTrain || v.length < this.sentValidation
    const since = (points: readonly Point[], sent: number) =>
      (replace ? points : points.slice(Math.max(0, sent - 1))) as Point[]
    const out = {
      trainPoints: since(t, this.sentTrain),
      validationPoints: since(v, this.sentValidation),
      replace,
    }
    this.sentTrain = t.length
    this.sentValidation = v.length
    this.replaceNext = false
    return out
  }
}
