/**
 * The queries a page watches (a sample, a heatmap): answered now, every few hundred milliseconds
 * while training, and after every jump. A query the model refuses is dropped with an error event.
 */
import type { TrainerEvent } from './protocol.ts'
import type { InspectQuery } from './task.ts'
import type { Trainer } from './trainer.ts'

/** Watched queries by key. */
export class Watches {
  private queries = new Map<string, InspectQuery>()
  /** When they were last answered. */
  last = -Infinity

  /** Watches `query` under `key`, or stops when it is null. */
  set(key: string, query: InspectQuery | null): void {
    if (query) this.queries.set(key, query)
    else this.queries.delete(key)
  }

  /** Posts the answers of `keys` (all by default) at the trainer's current weights. */
  answer(trainer: Trainer, post: (e: TrainerEvent) => void, now: number, keys?: string[]): void {
    this.last = now
    for (const key of keys ?? [...this.queries.keys()]) {
      const query = this.queries.get(key)
      if (!query) continue
      try {
        post({ type: 'sample', key, step: trainer.step, value: trainer.inspect(query) })
      } catch (e) {
        this.queries.delete(key)
        post({
          type: 'error',
          kind: 'invalid',
          message: e instanceof Error ? e.message : String(e),
        })
      }
    }
  }
}
