/**
 * The stepper's view model as data (design principle 6): one engine run and its trace, plus the
 * pure helpers that turn them into what the grids mark. No DOM, so it is tested directly; the
 * views only map it to elements. Every value shown comes from the engine's output or its trace.
 */
import {
  conv1d,
  conv2d,
  fitWindow,
  relu,
  tensor,
  type Tensor,
  type WindowFit,
} from '../../engine/index.ts'
import { conv1dSteps, conv2dSteps, type ConvStep, type ConvTrace } from '../../trace/convSteps.ts'
import type { CellMark } from '../../viz/NumberGrid.tsx'
import type { LayerNumbers } from './presets.ts'
import type { StepperConfig } from './schema.ts'

/** One spatial axis: its input size, kernel size and fit (a 1-D signal has a trivial height). */
export interface Axis {
  size: number
  kernel: number
  fit: WindowFit
}

/** Everything one configuration gives: the fit, and (when it fits) the engine's maps and trace. */
export interface StepperModel {
  oneD: boolean
  /** Height and width axes; the width carries the formula (2-D inputs are square). */
  h: Axis
  w: Axis
  fit: WindowFit
  /** Why nothing can be computed, in plain words (empty when it fits). */
  errors: string[]
  /** The engine's output map of the shown filter before ReLU, Ho x Wo (empty when it does not fit). */
  z: number[][]
  /** The map as shown: after ReLU when it is on, else z. */
  shown: number[][]
  trace: ConvTrace | null
}

const rows = (data: Float64Array, offset: number, h: number, w: number): number[][] =>
  Array.from({ length: h }, (_, r) => Array.from(data.subarray(offset + r * w, offset + r * w + w)))

// A 1-D trace in the 2-D layout of the grids: position i becomes row 0, column i.
const as2d = (t: ConvTrace): ConvTrace => ({
  ...t,
  steps: t.steps.map((s) => ({
    ...s,
    out: [0, s.out[0]],
    origin: [0, s.origin[0]],
    taps: s.taps.map((tap) => ({ ...tap, tap: [0, tap.tap[0]], at: [0, tap.at[0]] })),
  })),
})

/** Runs the engine once for the configuration (conv2d, or conv1d for a signal) and traces filter `filter`. */
export function runStepper(
  config: Pick<
    StepperConfig,
    'dims' | 'size' | 'length' | 'kernel' | 'stride' | 'padding' | 'dilation' | 'bias' | 'relu'
  >,
  numbers: LayerNumbers,
  filter: number,
): StepperModel {
  const { kernel, stride, padding, dilation } = config
  const oneD = config.dims === '1d'
  const size = oneD ? config.length : config.size
  const fit = fitWindow({ size, kernel, stride, padding, dilation })
  const w: Axis = { size, kernel, fit }
  const h: Axis = oneD ? { size: 1, kernel: 1, fit: fitWindow({ size: 1, kernel: 1 }) } : w
  const base = { oneD, h, w, fit }
  if (!fit.valid) return { ...base, errors: fit.errors, z: [], shown: [], trace: null }
  const options = { stride, padding, dilation }
  const bias = config.bias ? tensor(numbers.bias) : null
  const k = Math.min(filter, numbers.weight.length - 1)
  let z: Tensor
  let trace: ConvTrace
  if (oneD) {
    const input = tensor([numbers.input.map((ch) => ch[0])])
    const weight = tensor(numbers.weight.map((f) => f.map((ch) => ch[0])))
    z = conv1d(input, weight, bias, options)
    trace = as2d(conv1dSteps(input, weight, bias, options, { n: 0, k }, z))
  } else {
    const input = tensor([numbers.input])
    const weight = tensor(numbers.weight)
    z = conv2d(input, weight, bias, options)
    trace = conv2dSteps(input, weight, bias, options, { n: 0, k }, z)
  }
  const a = config.relu ? relu(z) : z
  const [ho, wo] = oneD ? [1, z.shape[2]] : [z.shape[2], z.shape[3]]
  const offset = k * ho * wo
  return {
    ...base,
    errors: [],
    z: rows(z.data, offset, ho, wo),
    shown: rows(a.data, offset, ho, wo),
    trace,
  }
}

/** The step index clamped to the map (a link may name a cell the current shape does not have). */
export function clampStep(step: number, count: number): number {
  return Math.max(0, Math.min(count - 1, Math.floor(step)))
}

/** The new step after a key on the output map or stepper, or null if the key is not ours. */
export function moveStep(step: number, key: string, ho: number, wo: number): number | null {
  const r = Math.floor(step / wo)
  const c = step % wo
  const to: Record<string, [number, number]> = {
    ArrowLeft: [r, c - 1],
    ArrowRight: [r, c + 1],
    ArrowUp: [r - 1, c],
    ArrowDown: [r + 1, c],
    Home: [0, 0],
    End: [ho - 1, wo - 1],
  }
  const next = to[key]
  if (!next) return null
  const [nr, nc] = [Math.max(0, Math.min(ho - 1, next[0])), Math.max(0, Math.min(wo - 1, next[1]))]
  return nr * wo + nc
}

/** One input channel with its zero-padding ring (none above and below a 1-D signal). */
export function paddedChannel(channel: number[][], padH: number, padW: number): number[][] {
  return Array.from({ length: channel.length + 2 * padH }, (_, r) =>
    Array.from(
      { length: channel[0].length + 2 * padW },
      (_, c) => channel[r - padH]?.[c - padW] ?? 0,
    ),
  )
}

/** Which padded rows (or columns) any window reaches: cells outside all of them are never read. */
export function reachedLines({ fit, kernel }: Axis): boolean[] {
  const reached = Array<boolean>(fit.padded).fill(false)
  for (let o = 0; o < fit.output; o++)
    for (let t = 0; t < kernel; t++) reached[o * fit.stride + t * fit.dilation] = true
  return reached
}

/** Marks for the padded input grid: the current window, the padding ring, never-read cells. */
export function inputMarks(
  m: Pick<StepperModel, 'h' | 'w'>,
  step: ConvStep | null,
  channel: number,
): (r: number, c: number) => CellMark {
  const [ph, pw] = [m.h.fit.padBefore, m.w.fit.padBefore]
  const window = new Set(
    (step?.taps ?? []).filter((t) => t.c === channel).map((t) => `${t.at[0] + ph},${t.at[1] + pw}`),
  )
  const valid = m.w.fit.valid
  const [rows, cols] = [reachedLines(m.h), reachedLines(m.w)]
  const [endH, endW] = [ph + m.h.size, pw + m.w.size]
  return (r, c) => {
    if (window.has(`${r},${c}`)) return 'window'
    if (r < ph || c < pw || r >= endH || c >= endW) return 'padding'
    return !valid || (rows[r] && cols[c]) ? null : 'source'
  }
}

/** Input cells (unpadded, row and column from 0) that no window ever reads. */
export function unreadCells(m: Pick<StepperModel, 'h' | 'w'>): [number, number][] {
  if (!m.w.fit.valid) return []
  const [rows, cols] = [reachedLines(m.h), reachedLines(m.w)]
  const [ph, pw] = [m.h.fit.padBefore, m.w.fit.padBefore]
  const cells: [number, number][] = []
  for (let r = 0; r < m.h.size; r++)
    for (let c = 0; c < m.w.size; c++) if (!rows[r + ph] || !cols[c + pw]) cells.push([r, c])
  return cells
}

/** Each channel's share of the sum: its products added in the trace's own order. */
export function channelSums(step: ConvStep, channels: number): number[] {
  const sums = Array<number>(channels).fill(0)
  for (const t of step.taps) sums[t.c] += t.product
  return sums
}

/** The products of one channel's window as a kernel-shaped grid (for the working view). */
export function productGrid(step: ConvStep, channel: number, kh: number, kw: number): number[][] {
  const grid = Array.from({ length: kh }, () => Array<number>(kw).fill(0))
  for (const t of step.taps) if (t.c === channel) grid[t.tap[0]][t.tap[1]] = t.product
  return grid
}
