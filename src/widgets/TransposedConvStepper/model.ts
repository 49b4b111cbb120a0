/**
 * The stamp stepper's view model as data: one run of the engine's conv_transpose2d traced as
 * stamps, and the pure helpers that turn it into what the grids show. Two traces of the same
 * stamps: one with the layer's padding (the output PyTorch returns) and one without, on the whole
 * canvas the stamps cover before the padding crops it. Every number comes from those traces.
 */
import { fitTransposed, tensor, type TransposedFit } from '../../engine/index.ts'
import { convTranspose2dSteps, type StampStep, type StampTrace } from '../../trace/convSteps.ts'
import type { StampConfig } from './schema.ts'

/** The layer's hyperparameters. */
export type StampLayer = Pick<
  StampConfig,
  'size' | 'kernel' | 'stride' | 'padding' | 'outputPadding'
>

/** The numbers: an input grid and a square kernel. */
export interface StampNumbers {
  input: number[][]
  kernel: number[][]
}

/** Everything one configuration gives; the traces are null when it cannot be computed. */
export interface StampModel {
  fit: TransposedFit
  /** Why nothing can be computed, in plain words (empty when it can). */
  errors: string[]
  /** Side of the whole canvas: every stamped cell, plus any rows the output padding adds. */
  canvas: number
  /** Where the output sits in the canvas: it starts `padding` rows and columns in. */
  crop: { start: number; size: number }
  /** The engine's output (what PyTorch returns), size x size. */
  output: number[][]
  /** Stamps with the layer's padding: cells at output positions, cropped ones flagged. */
  trace: StampTrace | null
  /** The same stamps without padding: running totals on the whole canvas. */
  full: StampTrace | null
}

const asRows = (data: Float64Array, n: number): number[][] =>
  Array.from({ length: n }, (_, r) => Array.from(data.subarray(r * n, r * n + n)))

/** Runs conv_transpose2d for one input and kernel (one channel, no bias) and traces its stamps. */
export function runStamps(layer: StampLayer, numbers: StampNumbers): StampModel {
  const { size, kernel, stride, padding, outputPadding } = layer
  const fit = fitTransposed({ size, kernel, stride, padding, outputPadding })
  // Output padding beyond the crop adds rows no stamp reaches; the canvas holds them too.
  const extra = Math.max(0, outputPadding - padding)
  const canvas = (size - 1) * stride + kernel + extra
  const crop = { start: padding, size: fit.output }
  if (!fit.valid)
    return { fit, errors: fit.errors, canvas, crop, output: [], trace: null, full: null }
  const x = tensor([[numbers.input]])
  const w = tensor([[numbers.kernel]])
  const trace = convTranspose2dSteps(x, w, null, { stride, padding, outputPadding })
  const full = convTranspose2dSteps(x, w, null, { stride, outputPadding: extra })
  return {
    fit,
    errors: [],
    canvas,
    crop,
    output: asRows(trace.output.data, fit.output),
    trace,
    full,
  }
}

/** The canvas after stamps 0..step: running totals, and how many stamps reached each cell. */
export function canvasAt(
  full: StampTrace,
  canvas: number,
  step: number,
): { values: number[][]; counts: number[][] } {
  const values = Array.from({ length: canvas }, () => Array<number>(canvas).fill(0))
  const counts = Array.from({ length: canvas }, () => Array<number>(canvas).fill(0))
  for (const s of full.steps.slice(0, step + 1)) {
    for (const cell of s.cells) {
      const [r, c] = cell.at
      // The trace's own running total: the same additions, in the order the engine's check used.
      values[r][c] = cell.total ?? values[r][c]
      counts[r][c]++
    }
  }
  return { values, counts }
}

/** The stamp of one step as a kernel-shaped grid of x * w. */
export function stampGrid(step: StampStep, kernel: number): number[][] {
  const out = Array.from({ length: kernel }, () => Array<number>(kernel).fill(0))
  for (const cell of step.cells) out[cell.tap[0]][cell.tap[1]] = cell.product
  return out
}

/** Where one step lands, in output coordinates (negative or past the end when cropped). */
export interface Landing {
  /** First and last output row and column the stamp covers. */
  rows: [number, number]
  cols: [number, number]
  /** Stamp cells cut away by the padding crop. */
  cropped: number
  /** Stamp cells that land where an earlier stamp already added something. */
  overlaps: number
}

/** Where step `index` lands, and how many of its cells are cropped or overlap earlier stamps. */
export function landing(model: StampModel, index: number): Landing | null {
  const step = model.trace?.steps[index]
  const full = model.full
  if (!step || !full) return null
  const ats = step.cells.map((c) => c.at)
  const earlier = new Set(
    full.steps.slice(0, index).flatMap((s) => s.cells.map((c) => `${c.at[0]},${c.at[1]}`)),
  )
  const p = model.crop.start
  return {
    rows: [Math.min(...ats.map((a) => a[0])), Math.max(...ats.map((a) => a[0]))],
    cols: [Math.min(...ats.map((a) => a[1])), Math.max(...ats.map((a) => a[1]))],
    cropped: step.cells.filter((c) => c.cropped).length,
    overlaps: ats.filter(([r, c]) => earlier.has(`${r + p},${c + p}`)).length,
  }
}
