/**
 * The weights file a learner downloads and uploads back: JSON naming the task, the run's
 * hyperparameters, settings and seed, the step, and every parameter's shape and values. Reading one
 * checks everything before anything is replaced, so a corrupt or foreign file costs nothing.
 */
import type { Hyperparameters, TaskSettings } from './task.ts'

/** Format name and version written into every file. */
export const WEIGHTS_FORMAT = 'unfold-weights'
export const WEIGHTS_VERSION = 1

/** Files larger than this are refused before parsing (the largest toy model is far below it). */
export const MAX_WEIGHTS_BYTES = 20_000_000

/** One saved parameter tensor. */
export interface SavedTensor {
  shape: number[]
  data: number[]
}

/** The whole file. */
export interface WeightsFile {
  format: typeof WEIGHTS_FORMAT
  version: typeof WEIGHTS_VERSION
  task: string
  step: number
  seed: number
  hyper: Hyperparameters
  settings: TaskSettings
  parameters: SavedTensor[]
}

/** Parses the text of a weights file, or throws a RangeError that says in plain words what is wrong. */
export function parseWeightsFile(text: string): WeightsFile {
  if (text.length > MAX_WEIGHTS_BYTES)
    throw new RangeError(`This file is ${text.length} bytes; a weights file is far smaller.`)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new RangeError('This file is not JSON, so it cannot be a weights file saved by Unfold.')
  }
  return checkWeightsFile(raw)
}

/** Checks an already-parsed value (one sent to the worker, say) against the format. */
export function checkWeightsFile(raw: unknown): WeightsFile {
  if (!isRecord(raw) || raw.format !== WEIGHTS_FORMAT)
    throw new RangeError(
      'This is not a weights file saved by Unfold (its "format" field is missing).',
    )
  if (raw.version !== WEIGHTS_VERSION)
    throw new RangeError(
      `This weights file has version ${String(raw.version)}; Unfold reads version ${WEIGHTS_VERSION}.`,
    )
  if (typeof raw.task !== 'string')
    throw new RangeError('This weights file does not name its task.')
  if (!isCount(raw.step) || !isCount(raw.seed))
    throw new RangeError('This weights file has no valid step or seed.')
  if (!isRecord(raw.hyper) || !isRecord(raw.settings))
    throw new RangeError('This weights file has no hyperparameters or settings.')
  if (!Array.isArray(raw.parameters)) throw new RangeError('This weights file has no parameters.')
  raw.parameters.forEach((p, k) => checkTensor(p, k))
  return raw as unknown as WeightsFile
}

function checkTensor(p: unknown, k: number): void {
  if (!isRecord(p) || !Array.isArray(p.shape) || !Array.isArray(p.data))
    throw new RangeError(`Parameter ${k + 1} of this weights file has no shape or values.`)
  if (!p.shape.every((d) => Number.isInteger(d) && d > 0))
    throw new RangeError(`Parameter ${k + 1} of this weights file has an invalid shape.`)
  const size = (p.shape as number[]).reduce((a, b) => a * b, 1)
  if (p.data.length !== size)
    throw new RangeError(
      `Parameter ${k + 1} has ${p.data.length} values but its shape needs ${size}.`,
    )
  if (!p.data.every((v) => typeof v === 'number' && Number.isFinite(v)))
    throw new RangeError(
      `Parameter ${k + 1} of this weights file holds a value that is not a finite number.`,
    )
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0
}
