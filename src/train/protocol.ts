/**
 * The typed messages between a page and its trainer worker (design.md's worker contract). Commands go
 * to the worker; events come back. The worker checks every command with `parseCommand`, so a malformed
 * message is answered with an error event instead of throwing inside the loop.
 */
import type { Point } from './history.ts'
import type { Hyperparameters, InspectQuery, Metrics, TaskSettings } from './task.ts'
import type { WeightsFile } from './weights.ts'

/** Where a run stands. */
export type TrainerStatus =
  'loading' | 'ready' | 'running' | 'paused' | 'done' | 'diverged' | 'crashed'

/** Page to worker. */
export type TrainerCommand =
  /** (Re)builds the run at step 0; `assetBase` is the URL public/ assets are fetched from. */
  | {
      type: 'configure'
      task: string
      hyper: Hyperparameters
      settings: TaskSettings
      seed: number
      assetBase: string
    }
  | { type: 'start' }
  | { type: 'pause' }
  /** Takes `count` steps now, then pauses. */
  | { type: 'step'; count: number }
  /** Back to step 0 with this seed. */
  | { type: 'reset'; seed: number }
  /** Learning rate, optimizer or clipping, mid-run. */
  | { type: 'set-hyper'; hyper: Partial<Hyperparameters> }
  /** Back to the checkpoint at `step`. */
  | { type: 'rewind'; step: number }
  | { type: 'save'; id: number }
  | { type: 'load'; id: number; file: unknown }
  /** One answer to `query`, sent back as an `inspection` event with the same id. */
  | { type: 'inspect'; id: number; query: InspectQuery }
  /** Answers `query` now and again as training goes, as `sample` events under `key`; null stops it. */
  | { type: 'watch'; key: string; query: InspectQuery | null }

/** Worker to page. */
export type TrainerEvent =
  /** Throttled to one per frame while running: new history points since the last one. */
  | {
      type: 'progress'
      status: TrainerStatus
      step: number
      budget: number
      stepsPerSecond: number
      train: Metrics | null
      validation: Metrics | null
      checkpoints: number[]
      /** New points, or the whole history when `replace` is set (after a rewind, reset or load). */
      trainPoints: Point[]
      validationPoints: Point[]
      replace: boolean
      /** The hyperparameters and seed in force (they change when weights are loaded); null while loading. */
      hyper: Hyperparameters | null
      seed: number
    }
  | { type: 'sample'; key: string; step: number; value: unknown }
  | { type: 'inspection'; id: number; step: number; value: unknown }
  | { type: 'weights'; id: number; file: WeightsFile }
  /** A command with an id (load) succeeded; its progress event came first. */
  | { type: 'ack'; id: number }
  /** `id` names the command that failed (save, load, inspect), when there is one. */
  | {
      type: 'error'
      kind: 'diverged' | 'crashed' | 'invalid'
      message: string
      id?: number
    }
  | { type: 'done'; step: number }

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0

/** The command in `data`, or a plain-words reason it is not one. */
export function parseCommand(data: unknown): TrainerCommand | { invalid: string } {
  if (!isRecord(data) || typeof data.type !== 'string')
    return { invalid: 'a message without a type' }
  switch (data.type) {
    case 'configure':
      return typeof data.task === 'string' &&
        isRecord(data.hyper) &&
        isRecord(data.settings) &&
        isCount(data.seed) &&
        typeof data.assetBase === 'string'
        ? (data as TrainerCommand)
        : { invalid: 'configure needs a task, hyperparameters, settings, a seed and an asset base' }
    case 'start':
    case 'pause':
      return data as TrainerCommand
    case 'step':
      return isCount(data.count) && data.count >= 1 && data.count <= 10_000
        ? (data as TrainerCommand)
        : { invalid: 'step needs a count between 1 and 10000' }
    case 'reset':
      return isCount(data.seed) ? (data as TrainerCommand) : { invalid: 'reset needs a seed' }
    case 'set-hyper':
      return isRecord(data.hyper)
        ? (data as TrainerCommand)
        : { invalid: 'set-hyper needs hyperparameters' }
    case 'rewind':
      return isCount(data.step) ? (data as TrainerCommand) : { invalid: 'rewind needs a step' }
    case 'save':
    case 'load':
      return isCount(data.id) ? (data as TrainerCommand) : { invalid: `${data.type} needs an id` }
    case 'inspect':
      return isCount(data.id) && isRecord(data.query) && typeof data.query.kind === 'string'
        ? (data as TrainerCommand)
        : { invalid: 'inspect needs an id and a query with a kind' }
    case 'watch':
      return typeof data.key === 'string' &&
        (data.query === null || (isRecord(data.query) && typeof data.query.kind === 'string'))
        ? (data as TrainerCommand)
        : { invalid: 'watch needs a key and a query (or null)' }
    default:
      return { invalid: `an unknown command "${data.type.slice(0, 40)}"` }
  }
}

/** The progress event of a run whose model is not built yet (loading, or failed to load). */
export function loadingProgress(status: TrainerStatus): TrainerEvent {
  return {
    type: 'progress',
    status,
    step: 0,
    budget: 0,
    stepsPerSecond: 0,
    train: null,
    validation: null,
    checkpoints: [],
    trainPoints: [],
    validationPoints: [],
    replace: true,
    hyper: null,
    seed: 0,
  }
}
