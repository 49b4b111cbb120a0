/**
 * A stand-in for the trainer worker that runs the same endpoint on the page's own thread. Tests use
 * it where there is no Worker (jsdom); the app never does, since training there would block the page.
 */
import { TrainerEndpoint } from './endpoint.ts'
import type { FetchAsset, TrainingTask } from './task.ts'
import type { WorkerLike } from './workerLike.ts'

/** An in-process worker; `fetchAsset` serves the task's data, `findTask` may swap the task list. */
export function inProcessWorker(
  fetchAsset: FetchAsset,
  findTask?: (id: string) => TrainingTask | undefined,
): WorkerLike {
  let closed = false
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const copy = structuredClone(message)
      setTimeout(() => !closed && endpoint.handle(copy), 0)
    },
    terminate() {
      closed = true
    },
  }
  const endpoint = new TrainerEndpoint({
    post: (event) => {
      const copy = structuredClone(event)
      setTimeout(() => !closed && worker.onmessage?.({ data: copy } as MessageEvent), 0)
    },
    schedule: (task) => setTimeout(() => !closed && task(), 0),
    now: () => performance.now(),
    fetchAsset: (_base, path) => fetchAsset(path),
    findTask,
  })
  return worker
}
