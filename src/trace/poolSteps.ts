/**
 * Step records of max, average and p-norm pooling for one channel map, forward and backward: each
 * output cell's window (padding cells marked), how the window reduces to the output, and, backward,
 * where each output gradient goes (max: all of it to the winner; average: an equal share to every
 * real cell; p-norm: x_i^(p-1) * S^(1/p - 1) of it to cell i).
 *
 * Forward values and backward totals are recomputed in the engine's own order and must equal the
 * engine's results exactly, or the trace throws.
 */
import {
  avgDivisor,
  avgPool2d,
  lpPool2d,
  maxPool2dWithIndices,
  pool2dGeometry,
  type AvgPool2dOptions,
  type LpPool2dOptions,
  type MaxPool2dOptions,
  type Pair,
  type PoolGeometry,
} from '../engine/spatial.ts'
import { Tensor } from '../engine/tensor.ts'

/** One cell of a pooling window. */
export interface PoolCell {
  /** Input position [ih, iw]; outside the input for a padding cell. */
  at: [number, number]
  padding: boolean
  /** The value the pooling sees: the input, or -Infinity (max) / 0 (average) for padding. */
  x: number
}

/** One output cell of a pooling. */
export interface PoolStep {
  out: [number, number]
  cells: PoolCell[]
  value: number
  /** max: index in `cells` of the winner (the first maximum in row-major order). */
  winner?: number
  /** avg: sum of the real cells; lp: sum of x^p. */
  sum?: number
  /** avg: what the sum is divided by. */
  divisor?: number
}

/** Which pooling, with what settings, on which map, and the engine's output it was checked against. */
export type PoolTrace = {
  geometry: PoolGeometry
  input: Tensor
  n: number
  c: number
  output: Tensor
  steps: PoolStep[]
} & (
  | { kind: 'max'; kernel: Pair; options: MaxPool2dOptions }
  | { kind: 'avg'; kernel: Pair; options: AvgPool2dOptions }
  | { kind: 'lp'; kernel: Pair; options: LpPool2dOptions; normType: number }
)

/** Which channel map to trace: image n, channel c. */
export interface ChannelChoice {
  n?: number
  c?: number
}

function windows(g: PoolGeometry, input: Tensor, n: number, c: number, fill: number) {
  if (!(Number.isInteger(n) && Number.isInteger(c) && n >= 0 && n < g.N && c >= 0 && c < g.C)) {
    throw new RangeError(
      `pool trace: map n=${n}, c=${c} is outside batch ${g.N} and ${g.C} channels`,
    )
  }
  const base = (n * g.C + c) * g.H * g.W
  const all: Array<{ out: [number, number]; cells: PoolCell[]; o: number }> = []
  for (let oh = 0; oh < g.Ho; oh++) {
    for (let ow = 0; ow < g.Wo; ow++) {
      const cells: PoolCell[] = []
      for (let kh = 0; kh < g.kH; kh++) {
        for (let kw = 0; kw < g.kW; kw++) {
          const ih = oh * g.sH - g.padH + kh * g.dH
          const iw = ow * g.sW - g.padW + kw * g.dW
          const padding = ih < 0 || ih >= g.H || iw < 0 || iw >= g.W
          cells.push({
            at: [ih, iw],
            padding,
            x: padding ? fill : input.data[base + ih * g.W + iw],
          })
        }
      }
      all.push({ out: [oh, ow], cells, o: ((n * g.C + c) * g.Ho + oh) * g.Wo + ow })
    }
  }
  return all
}

function check(step: PoolStep, output: Tensor, o: number): PoolStep {
  if (step.value !== output.data[o]) {
    throw new Error(
      `pool trace: step (${step.out.join(', ')}) gives ${step.value} but the engine computed ${output.data[o]}`,
    )
  }
  return step
}

/** Steps of maxPool2d on map (n, c): each window and its winner. */
export function maxPoolSteps(
  input: Tensor,
  kernel: Pair,
  options: MaxPool2dOptions = {},
  at: ChannelChoice = {},
): PoolTrace {
  const { n = 0, c = 0 } = at
  const { output, indices } = maxPool2dWithIndices(input, kernel, options)
  const g = pool2dGeometry('maxPool2d', input.shape, kernel, options)
  const steps = windows(g, input, n, c, -Infinity).map(({ out, cells, o }) => {
    let winner = 0
    cells.forEach((cell, i) => {
      if (cell.x > cells[winner].x) winner = i
    })
    const [ih, iw] = cells[winner].at
    if (ih * g.W + iw !== indices[o])
      throw new Error(`pool trace: step (${out.join(', ')}) picks another winner than the engine`)
    return check({ out, cells, value: cells[winner].x, winner }, output, o)
  })
  return { kind: 'max', kernel, options, geometry: g, input, n, c, output, steps }
}

/** Steps of avgPool2d on map (n, c): each window, its sum and its divisor. */
export function avgPoolSteps(
  input: Tensor,
  kernel: Pair,
  options: AvgPool2dOptions = {},
  at: ChannelChoice = {},
): PoolTrace {
  const { n = 0, c = 0 } = at
  const output = avgPool2d(input, kernel, options)
  const g = pool2dGeometry('avgPool2d', input.shape, kernel, options)
  const steps = windows(g, input, n, c, 0).map(({ out, cells, o }) => {
    let sum = 0
    for (const cell of cells) if (!cell.padding) sum += cell.x
    const divisor = avgDivisor(g, out[0], out[1], options.countIncludePad ?? true)
    return check({ out, cells, value: sum / divisor, sum, divisor }, output, o)
  })
  return { kind: 'avg', kernel, options, geometry: g, input, n, c, output, steps }
}

/** Steps of lpPool2d on map (n, c): each window and its sum of x^p. */
export function lpPoolSteps(
  input: Tensor,
  normType: number,
  kernel: Pair,
  options: LpPool2dOptions = {},
  at: ChannelChoice = {},
): PoolTrace {
  const { n = 0, c = 0 } = at
  const output = lpPool2d(input, normType, kernel, options)
  const g = pool2dGeometry('lpPool2d', input.shape, kernel, options)
  const steps = windows(g, input, n, c, 0).map(({ out, cells, o }) => {
    let sum = 0
    for (const cell of cells) sum += Math.pow(cell.x, normType)
    const value = Math.sign(sum) * Math.pow(Math.abs(sum), 1 / normType)
    return check({ out, cells, value, sum }, output, o)
  })
  return { kind: 'lp', normType, kernel, options, geometry: g, input, n, c, output, steps }
}

/** Where one output cell's gradient goes: amounts per input position. */
export interface GradientRoute {
  out: [number, number]
  grad: number
  to: Array<{ at: [number, number]; amount: number }>
}

/** The backward pass of a traced pooling for output gradients of its map (Ho*Wo values, row-major). */
export function poolBackwardSteps(
  trace: PoolTrace,
  outGrad: ArrayLike<number>,
): { routes: GradientRoute[]; inputGrad: Float64Array } {
  const g = trace.geometry
  if (outGrad.length !== g.Ho * g.Wo) {
    throw new RangeError(
      `pool trace: outGrad has ${outGrad.length} values, the map has ${g.Ho * g.Wo}`,
    )
  }
  const inputGrad = new Float64Array(g.H * g.W)
  const routes = trace.steps.map((step, i): GradientRoute => {
    const grad = outGrad[i]
    const real = step.cells.filter((cell) => !cell.padding)
    let to: GradientRoute['to']
    if (trace.kind === 'max') to = [{ at: step.cells[step.winner!].at, amount: grad }]
    else if (trace.kind === 'avg')
      to = real.map((cell) => ({ at: cell.at, amount: grad / step.divisor! }))
    else {
      const coef = step.sum === 0 ? 0 : grad * Math.pow(Math.abs(step.sum!), 1 / trace.normType - 1)
      to = real.map((cell) => ({
        at: cell.at,
        amount: coef * Math.pow(cell.x, trace.normType - 1),
      }))
    }
    for (const { at, amount } of to) inputGrad[at[0] * g.W + at[1]] += amount
    return { out: step.out, grad, to }
  })
  verifyBackward(trace, outGrad, inputGrad)
  return { routes, inputGrad }
}

/** Runs the engine's backward pass with the same output gradient and demands the same input gradient. */
function verifyBackward(
  trace: PoolTrace,
  outGrad: ArrayLike<number>,
  inputGrad: Float64Array,
): void {
  const g = trace.geometry
  const x = new Tensor(trace.input.data.slice(), trace.input.shape, { requiresGrad: true })
  const y =
    trace.kind === 'max'
      ? maxPool2dWithIndices(x, trace.kernel, trace.options).output
      : trace.kind === 'avg'
        ? avgPool2d(x, trace.kernel, trace.options)
        : lpPool2d(x, trace.normType, trace.kernel, trace.options)
  const seed = new Float64Array(y.size)
  const offset = (trace.n * g.C + trace.c) * g.Ho * g.Wo
  for (let i = 0; i < outGrad.length; i++) seed[offset + i] = outGrad[i]
  y.backward(seed)
  const base = (trace.n * g.C + trace.c) * g.H * g.W
  for (let i = 0; i < inputGrad.length; i++) {
    if (inputGrad[i] !== x.grad![base + i]) {
      throw new Error(
        `pool trace: input gradient at ${i} is ${inputGrad[i]} but the engine computed ${x.grad![base + i]}`,
      )
    }
  }
}
