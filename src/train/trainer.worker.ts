/**
 * The trainer's web worker: a thin shell that wires the endpoint to the worker's globals. Training
 * slices are chained through a MessageChannel rather than setTimeout, which browsers clamp to 4 ms
 * after a few nested calls; the page's commands still get their turn between slices.
 */
import { TrainerEndpoint } from './endpoint.ts'

interface WorkerScope {
  postMessage(message: unknown): void
  onmessage: ((event: MessageEvent) => void) | null
}

const scope = self as unknown as WorkerScope
const channel = new MessageChannel()
const queue: Array<() => void> = []
channel.port1.onmessage = () => queue.shift()?.()

const endpoint = new TrainerEndpoint({
  post: (event) => scope.postMessage(event),
  schedule: (task) => {
    queue.push(task)
    channel.port2.postMessage(null)
  },
  now: () => performance.now(),
  fetchAsset: async (base, path) => {
    const response = await fetch(new URL(path, base))
    if (!response.ok)
      throw new Error(`Could not load ${path}: the server answered ${response.status}.`)
    return new Uint8Array(await response.arrayBuffer())
  },
})

scope.onmessage = (event) => endpoint.handle(event.data)
