/** The part of the Worker interface the page uses, so tests can supply an in-process stand-in. */
export interface WorkerLike {
  postMessage(message: unknown): void
  terminate(): void
  onmessage: ((event: MessageEvent) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

/** Makes the trainer worker: the real module worker unless a test installed another factory. */
let factory: () => WorkerLike = () =>
  new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module' })

export function createTrainerWorker(): WorkerLike {
  return factory()
}

/** For tests: replaces how workers are made; returns a function that restores the real one. */
export function setTrainerWorkerFactory(make: () => WorkerLike): () => void {
  const previous = factory
  factory = make
  return () => {
    factory = previous
  }
}
