/**
 * The pooling stepper's view model as data: one engine run traced step by step (forward), where
 * each output gradient goes (backward), and the marks the grids show. No DOM, so it is tested
 * directly; every number shown comes from the engine or from its trace, which is checked against it.
 */
import { fitPoolWindow, tensor, type Tensor, type WindowFit } from '../../engine/index.ts'
import {
  avgPoolSteps,
  lpPoolSteps,
  maxPoolSteps,
  poolBackwardSteps,
  type GradientRoute,
  type PoolStep,
  type PoolTrace,
} from '../../trace/poolSteps.ts'
import type { CellMark } from '../../viz/NumberGrid.tsx'
import { shiftRight } from './presets.ts'
import type { PoolConfig } from './schema.ts'

/** What one configuration gives: the fit, and when it fits the engine's output and trace. */
export interface PoolModel {
  fit: WindowFit
  /** Why nothing can be computed, in plain words (empty when it computes). */
  errors: string[]
  trace: PoolTrace | null
  /** The engine's output map, Ho × Wo (empty when there is none). */
  output: number[][]
}

type Settings = Pick<PoolConfig, 'mode' | 'p' | 'window' | 'stride' | 'padding'>

const rows = (t: Tensor): number[][] => {
  const [h, w] = [t.shape[2], t.shape[3]]
  return Array.from({ length: h }, (_, r) => Array.from(t.data.subarray(r * w, r * w + w)))
}

function traceOf(s: Settings, x: Tensor): PoolTrace {
  const k = s.window
  if (s.mode === 'max') return maxPoolSteps(x, k, { stride: s.stride, padding: s.padding })
  if (s.mode === 'avg') return avgPoolSteps(x, k, { stride: s.stride, padding: s.padding })
  return lpPoolSteps(x, s.p, k, { stride: s.stride })
}

/** Runs the engine's pooling on a square input grid and traces every output cell. */
export function runPool(s: Settings, input: number[][]): PoolModel {
  const fit = fitPoolWindow({
    size: input.length,
    kernel: s.window,
    stride: s.stride,
    padding: s.padding,
  })
  const none = { fit, trace: null, output: [] }
  if (!fit.valid) return { ...none, errors: fit.errors }
  if (s.mode === 'lp' && s.padding > 0) {
    // PyTorch's LPPool2d has no padding argument: a zero would only shrink the norm, never help it.
    return {
      ...none,
      errors: ['p-norm pooling takes no padding (as in PyTorch): set padding to 0'],
    }
  }
  try {
    const trace = traceOf(s, tensor([[input]]))
    return { fit, errors: [], trace, output: rows(trace.output) }
  } catch (e) {
    // The engine refuses, with a reason, what it cannot compute (x^p of a negative x for fractional p).
    return { ...none, errors: [e instanceof Error ? e.message : String(e)] }
  }
}

/** The backward pass for an output-gradient grid: each output cell's route and the input gradient. */
export function runBackward(
  trace: PoolTrace,
  outGrad: number[][],
): { routes: GradientRoute[]; inputGrad: number[][] } {
  const { routes, inputGrad } = poolBackwardSteps(trace, outGrad.flat())
  const { H, W } = trace.geometry
  return {
    routes,
    inputGrad: Array.from({ length: H }, (_, r) =>
      Array.from(inputGrad.subarray(r * W, r * W + W)),
    ),
  }
}

/**
 * Shift invariance, measured: how many outputs stay exactly the same when the input moves one
 * column right (zeros enter on the left). Null when the shifted input cannot be pooled either.
 */
export function shiftCheck(
  s: Settings,
  input: number[][],
): { same: number; total: number; inputSame: number; inputTotal: number } | null {
  const shifted = shiftRight(input)
  const a = runPool(s, input)
  const b = runPool(s, shifted)
  if (!a.trace || !b.trace) return null
  const same = (x: number[], y: number[]) => x.filter((v, i) => v === y[i]).length
  // The raw input for contrast: after a shift almost no cell keeps its value.
  const [x, y] = [input.flat(), shifted.flat()]
  return {
    same: same(a.output.flat(), b.output.flat()),
    total: a.output.flat().length,
    inputSame: same(x, y),
    inputTotal: x.length,
  }
}

/** The input grid with its padding ring; padding shows as 0 (avg) or −∞ (max: it never wins). */
export function paddedInput(input: number[][], pad: number, fill: number): number[][] {
  const n = input.length + 2 * pad
  return Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, c) => input[r - pad]?.[c - pad] ?? fill),
  )
}

/**
 * Marks on the padded input: the current window, and the cell(s) that matter most, the winner of
 * a max window forward, or every cell receiving gradient from this output backward.
 */
export function inputMarks(
  step: PoolStep | null,
  pad: number,
  n: number,
  receivers: Array<[number, number]> | null,
): (r: number, c: number) => CellMark {
  const key = (at: readonly number[]) => `${at[0] + pad},${at[1] + pad}`
  const window = new Set((step?.cells ?? []).map((cell) => key(cell.at)))
  const hot = new Set(
    receivers
      ? receivers.map(key)
      : step?.winner !== undefined
        ? [key(step.cells[step.winner].at)]
        : [],
  )
  return (r, c) => {
    if (hot.has(`${r},${c}`)) return 'active'
    if (window.has(`${r},${c}`))
      return r < pad || c < pad || r >= pad + n || c >= pad + n ? 'padding' : 'window'
    if (r < pad || c < pad || r >= pad + n || c >= pad + n) return 'padding'
    return null
  }
}

/** The window's values as a window-shaped grid (padding as the pooling sees it). */
export function windowGrid(step: PoolStep, k: number): number[][] {
  return Array.from({ length: k }, (_, r) => step.cells.slice(r * k, r * k + k).map((c) => c.x))
}

/** The gradient route of one output cell as an input-shaped grid of amounts. */
export function routeGrid(route: GradientRoute, n: number): number[][] {
  const grid = Array.from({ length: n }, () => Array<number>(n).fill(0))
  for (const { at, amount } of route.to) grid[at[0]][at[1]] += amount
  return grid
}
