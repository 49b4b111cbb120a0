/**
 * The page's handle on one trainer worker: it sends commands, folds events into a small zustand store
 * (what the panel and views render) and keeps the chart history outside React, so a chart can redraw
 * from it on every progress event without re-rendering anything else.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Point } from './history.ts'
import type { TrainerCommand, TrainerEvent, TrainerStatus } from './protocol.ts'
import type { Hyperparameters, InspectQuery, Metrics, TaskSettings } from './task.ts'
import { LIVE_HYPERPARAMETERS } from './trainer.ts'
import type { WeightsFile } from './weights.ts'
import { createTrainerWorker, type WorkerLike } from './workerLike.ts'

/** What a run is configured with: from the widget's params (and its store, for long texts). */
export interface TrainerConfig {
  hyper: Hyperparameters
  settings: TaskSettings
  seed: number
}

/** What the panel and the task's views render. */
export interface TrainerState {
  status: TrainerStatus
  step: number
  budget: number
  stepsPerSecond: number
  train: Metrics | null
  validation: Metrics | null
  checkpoints: number[]
  /** What went wrong, in plain words (a diverged run, a crashed worker, a refused command). */
  error: string | null
  errorKind: 'diverged' | 'crashed' | 'invalid' | null
  inspections: Record<string, { step: number; value: unknown } | undefined>
  /** Bumped whenever `history` changes; charts subscribe to it. */
  historyVersion: number
}

/** Chart history; bounded by the worker, replaced or extended by progress events. */
export interface TrainerHistory {
  train: Point[]
  validation: Point[]
}

const initialState: TrainerState = {
  status: 'loading',
  step: 0,
  budget: 0,
  stepsPerSecond: 0,
  train: null,
  validation: null,
  checkpoints: [],
  error: null,
  errorKind: null,
  inspections: {},
  historyVersion: 0,
}

/** One trainer worker, from `connect` to `disconnect`. */
export class TrainerClient {
  readonly store: StoreApi<TrainerState> = createStore(() => initialState)
  readonly history: TrainerHistory = { train: [], validation: [] }
  private worker: WorkerLike | null = null
  private sent: TrainerConfig | null = null
  private watches = new Map<string, InspectQuery>()
  private pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>()
  private nextId = 1

  constructor(
    readonly task: string,
    private readonly assetBase: string,
  ) {}

  /** Starts the worker (or restarts it after a crash) and configures it. */
  connect(config: TrainerConfig): void {
    this.disconnect()
    const worker = createTrainerWorker()
    worker.onmessage = (event) => this.receive(event.data as TrainerEvent)
    worker.onerror = (event) => {
      event.preventDefault?.()
      this.store.setState({
        status: 'crashed',
        error: `The training worker stopped: ${event.message || 'an error'}.`,
      })
    }
    this.worker = worker
    this.sent = null
    this.configure(config)
    for (const [key, query] of this.watches) this.send({ type: 'watch', key, query })
  }

  /** Stops the worker at once: leaving the page or the widget ends its training. */
  disconnect(): void {
    this.worker?.terminate()
    this.worker = null
    for (const { reject } of this.pending.values())
      reject(new Error('The training worker was stopped.'))
    this.pending.clear()
  }

  /** Sends a new configuration: live hyperparameters go mid-run, anything else rebuilds at step 0. */
  configure(config: TrainerConfig): void {
    const before = this.sent
    if (before && JSON.stringify(before) === JSON.stringify(config)) return
    this.sent = config
    if (before && onlyLiveChanges(before, config)) {
      return this.send({ type: 'set-hyper', hyper: config.hyper })
    }
    this.store.setState({ ...initialState, inspections: this.store.getState().inspections })
    this.send({ type: 'configure', task: this.task, assetBase: this.assetBase, ...config })
  }

  start(): void {
    this.store.setState({ error: null, errorKind: null })
    this.send({ type: 'start' })
  }

  pause(): void {
    this.send({ type: 'pause' })
  }

  step(count = 1): void {
    this.store.setState({ error: null, errorKind: null })
    this.send({ type: 'step', count })
  }

  /** Back to step 0 with the configured seed. */
  reset(): void {
    this.store.setState({ error: null, errorKind: null })
    this.send({ type: 'reset', seed: this.sent?.seed ?? 0 })
  }

  /** Back to the checkpoint at `step`. */
  rewind(step: number): void {
    this.store.setState({ error: null, errorKind: null })
    this.send({ type: 'rewind', step })
  }

  /** The current weights, as a file to download. */
  save(): Promise<WeightsFile> {
    return this.request((id) => ({ type: 'save', id }))
  }

  /**
   * Loads weights (already parsed JSON); rejects with the worker's reason when they do not fit. On
   * success the file's hyperparameters and seed are in force: the caller copies them into its params.
   */
  load(file: unknown): Promise<void> {
    return this.request((id) => ({ type: 'load', id, file }))
  }

  /** A one-off answer at the current weights. */
  inspect(query: InspectQuery): Promise<unknown> {
    return this.request((id) => ({ type: 'inspect', id, query }))
  }

  /** Keeps state.inspections[key] answering `query` as training goes. */
  watch(key: string, query: InspectQuery): void {
    this.watches.set(key, query)
    this.send({ type: 'watch', key, query })
  }

  unwatch(key: string): void {
    this.watches.delete(key)
    this.send({ type: 'watch', key, query: null })
  }

  private request<T>(command: (id: number) => TrainerCommand): Promise<T> {
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      if (!this.worker) return reject(new Error('The training worker is not running.'))
      this.pending.set(id, { resolve: resolve as (v: never) => void, reject })
      this.send(command(id))
    })
  }

  private send(command: TrainerCommand): void {
    this.worker?.postMessage(command)
  }

  private receive(event: TrainerEvent): void {
    switch (event.type) {
      case 'progress':
        return this.progress(event)
      case 'sample': {
        const inspections = {
          ...this.store.getState().inspections,
          [event.key]: { step: event.step, value: event.value },
        }
        return this.store.setState({ inspections })
      }
      case 'inspection':
        return this.settle(event.id, event.value)
      case 'weights':
        return this.settle(event.id, event.file)
      case 'ack':
        return this.settle(event.id, undefined)
      case 'error':
        if (event.id !== undefined && this.pending.has(event.id)) {
          this.pending.get(event.id)!.reject(new Error(event.message))
          this.pending.delete(event.id)
          return
        }
        return this.store.setState({ error: event.message, errorKind: event.kind })
      case 'done':
        return
    }
  }

  private settle(id: number, value: unknown): void {
    this.pending.get(id)?.resolve(value as never)
    this.pending.delete(id)
  }

  private progress(event: Extract<TrainerEvent, { type: 'progress' }>): void {
    extend(this.history.train, event.trainPoints, event.replace)
    extend(this.history.validation, event.validationPoints, event.replace)
    const state = this.store.getState()
    // A load may bring other hyperparameters or another seed; the page learns them here.
    if (event.hyper && this.sent) this.sent = { ...this.sent, hyper: event.hyper, seed: event.seed }
    this.store.setState({
      status: event.status,
      step: event.step,
      budget: event.budget,
      stepsPerSecond: event.stepsPerSecond,
      train: event.train,
      validation: event.validation,
      // Same checkpoints, same array: the controls listing them need not render again.
      checkpoints:
        event.checkpoints.join() === state.checkpoints.join()
          ? state.checkpoints
          : event.checkpoints,
      historyVersion: state.historyVersion + 1,
      ...(event.status === 'running' || event.status === 'ready'
        ? { error: null, errorKind: null }
        : {}),
    })
  }
}

/** Applies new points: the first one resent replaces the provisional last point the page holds. */
function extend(series: Point[], points: readonly Point[], replace: boolean): void {
  if (replace) series.length = 0
  else if (points.length > 0 && series.length > 0) series.pop()
  series.push(...points)
}

function onlyLiveChanges(a: TrainerConfig, b: TrainerConfig): boolean {
  if (a.seed !== b.seed || JSON.stringify(a.settings) !== JSON.stringify(b.settings)) return false
  return (Object.keys(b.hyper) as (keyof Hyperparameters)[]).every(
    (k) => a.hyper[k] === b.hyper[k] || LIVE_HYPERPARAMETERS.includes(k),
  )
}
