/**
 * Step records of a convolution, for the stepper widget: for one output cell, the input window (with
 * padding cells marked), each weight times input product, their sum, the bias and the output value.
 *
 * The records are checked against the engine: the products are added in the kernel's own order
 * (each channel's window products in row-major order, then the channel sums in order, bias
 * last), and every step's value must equal the engine's output bit for bit, or the trace
 * throws. What the stepper shows is what the engine computed.
 */
import {
  conv1d,
  conv1dGeometry,
  conv2d,
  conv2dGeometry,
  convTranspose2d,
  convTranspose2dGeometry,
  type Conv1dOptions,
  type Conv2dOptions,
  type ConvTranspose2dOptions,
  type ConvGeometry,
} from '../engine/spatial.ts'
import type { Tensor } from '../engine/tensor.ts'

/** One kernel tap of one output cell. */
export interface ConvTap {
  /** Input channel. */
  c: number
  /** Position in the kernel: [kh, kw] for 2-D, [k] for 1-D. */
  tap: number[]
  /** Position in the input, [ih, iw] or [i]; outside the input when the tap lands on padding. */
  at: number[]
  /** True when the tap reads a zero-padding cell rather than the input. */
  padding: boolean
  /** The input value read (0 for padding). */
  x: number
  /** The weight. */
  w: number
  /** w * x. */
  product: number
}

/** Everything that makes one output cell. */
export interface ConvStep {
  /** Output position: [oh, ow] or [o]. */
  out: number[]
  /** Input position of the window's first tap (top-left), possibly in the padding. */
  origin: number[]
  taps: ConvTap[]
  /** Sum of the products: each channel's window in row-major order, then the channels in order. */
  sum: number
  /** The filter's bias (0 when the op has none). */
  bias: number
  /** sum + bias, equal to the engine's output. */
  value: number
}

/** The steps of one output map (one image n, one filter k), in row-major output order. */
export interface ConvTrace {
  geometry: ConvGeometry
  n: number
  k: number
  /** The engine's output, the tensor every step was checked against. */
  output: Tensor
  steps: ConvStep[]
}

/** Which output map to trace: image n of the batch, filter k. */
export interface MapChoice {
  n?: number
  k?: number
}

function traceMap(
  input: Tensor,
  weight: Tensor,
  bias: Tensor | null,
  g: ConvGeometry,
  output: Tensor,
  { n = 0, k = 0 }: MapChoice,
  oneD: boolean,
): ConvTrace {
  if (!(n >= 0 && n < g.N && k >= 0 && k < g.K && Number.isInteger(n) && Number.isInteger(k))) {
    throw new RangeError(
      `conv trace: map n=${n}, k=${k} is outside batch ${g.N} and ${g.K} filters`,
    )
  }
  if (output.size !== g.N * g.K * g.Ho * g.Wo) {
    throw new RangeError(
      `conv trace: the output has ${output.size} values, the geometry needs ${g.N * g.K * g.Ho * g.Wo}`,
    )
  }
  const steps: ConvStep[] = []
  const b = bias ? bias.data[k] : 0
  for (let oh = 0; oh < g.Ho; oh++) {
    for (let ow = 0; ow < g.Wo; ow++) {
      const row0 = oh * g.sH - g.padTop
      const col0 = ow * g.sW - g.padLeft
      const taps: ConvTap[] = []
      let sum = 0
      for (let c = 0; c < g.C; c++) {
        let channelSum = 0
        for (let kh = 0; kh < g.kH; kh++) {
          for (let kw = 0; kw < g.kW; kw++) {
            const ih = row0 + kh * g.dH
            const iw = col0 + kw * g.dW
            const padding = ih < 0 || ih >= g.H || iw < 0 || iw >= g.W
            const x = padding ? 0 : input.data[((n * g.C + c) * g.H + ih) * g.W + iw]
            const w = weight.data[((k * g.C + c) * g.kH + kh) * g.kW + kw]
            const product = w * x
            channelSum += product
            taps.push({
              c,
              tap: oneD ? [kw] : [kh, kw],
              at: oneD ? [iw] : [ih, iw],
              padding,
              x,
              w,
              product,
            })
          }
        }
        sum += channelSum
      }
      const value = bias ? sum + b : sum
      const engine = output.data[((n * g.K + k) * g.Ho + oh) * g.Wo + ow]
      if (value !== engine) {
        throw new Error(
          `conv trace: step (${oh}, ${ow}) gives ${value} but the engine computed ${engine}`,
        )
      }
      steps.push({
        out: oneD ? [ow] : [oh, ow],
        origin: oneD ? [col0] : [row0, col0],
        taps,
        sum,
        bias: b,
        value,
      })
    }
  }
  return { geometry: g, n, k, output, steps }
}

/** Steps of conv2d for one output map; runs the engine op unless its output is passed in. */
export function conv2dSteps(
  input: Tensor,
  weight: Tensor,
  bias: Tensor | null = null,
  options: Conv2dOptions = {},
  map: MapChoice = {},
  output?: Tensor,
): ConvTrace {
  const out = output ?? conv2d(input, weight, bias, options)
  const g = conv2dGeometry(input.shape, weight.shape, options)
  return traceMap(input, weight, bias, g, out, map, false)
}

/** Steps of conv1d for one output row (image n, filter k); positions are 1-D. */
export function conv1dSteps(
  input: Tensor,
  weight: Tensor,
  bias: Tensor | null = null,
  options: Conv1dOptions = {},
  map: MapChoice = {},
  output?: Tensor,
): ConvTrace {
  const out = output ?? conv1d(input, weight, bias, options)
  const g = conv1dGeometry(input.shape, weight.shape, options)
  return traceMap(input, weight, bias, g, out, map, true)
}

/** One cell of a transposed convolution's stamp. */
export interface StampCell {
  /** Position in the kernel [kh, kw]. */
  tap: [number, number]
  /** Position in the output [oh, ow]; outside it when the padding crops this cell away. */
  at: [number, number]
  cropped: boolean
  w: number
  /** x * w, what this stamp adds at `at`. */
  product: number
  /** The output value at `at` once this stamp is added (bias not yet included); null if cropped. */
  total: number | null
}

/** One input cell stamping its scaled kernel onto the output. */
export interface StampStep {
  /** Input channel and position [ih, iw]. */
  ci: number
  from: [number, number]
  x: number
  cells: StampCell[]
}

/** The stamps of one output channel co of one image n, in the engine's order. */
export interface StampTrace {
  geometry: ConvGeometry
  n: number
  co: number
  bias: number
  output: Tensor
  steps: StampStep[]
}

/**
 * The rubber-stamp view of convTranspose2d for output channel co of image n: every input cell, in
 * (channel, row, column) order, adds x * kernel at (ih*S - P, iw*S - P). The running totals plus
 * the bias must equal the engine's output exactly, or the trace throws.
 */
export function convTranspose2dSteps(
  input: Tensor,
  weight: Tensor,
  bias: Tensor | null = null,
  options: ConvTranspose2dOptions = {},
  { n = 0, co = 0 }: { n?: number; co?: number } = {},
): StampTrace {
  const output = convTranspose2d(input, weight, bias, options)
  // the geometry of the convolution this op transposes: its input is our output, and vice versa
  const g = convTranspose2dGeometry(input.shape, weight.shape, options)
  if (!(Number.isInteger(n) && Number.isInteger(co) && n >= 0 && n < g.N && co >= 0 && co < g.C)) {
    throw new RangeError(
      `stamp trace: n=${n}, co=${co} is outside batch ${g.N} and ${g.C} channels`,
    )
  }
  const totals = new Float64Array(g.H * g.W)
  const steps: StampStep[] = []
  for (let ci = 0; ci < g.K; ci++) {
    for (let ih = 0; ih < g.Ho; ih++) {
      for (let iw = 0; iw < g.Wo; iw++) {
        const x = input.data[((n * g.K + ci) * g.Ho + ih) * g.Wo + iw]
        const cells: StampCell[] = []
        for (let kh = 0; kh < g.kH; kh++) {
          for (let kw = 0; kw < g.kW; kw++) {
            const oh = ih * g.sH - g.padTop + kh * g.dH
            const ow = iw * g.sW - g.padLeft + kw * g.dW
            const cropped = oh < 0 || oh >= g.H || ow < 0 || ow >= g.W
            const w = weight.data[((ci * g.C + co) * g.kH + kh) * g.kW + kw]
            const product = x * w
            if (!cropped) totals[oh * g.W + ow] += product
            const total = cropped ? null : totals[oh * g.W + ow]
            cells.push({ tap: [kh, kw], at: [oh, ow], cropped, w, product, total })
          }
        }
        steps.push({ ci, from: [ih, iw], x, cells })
      }
    }
  }
  const b = bias ? bias.data[co] : 0
  const base = (n * g.C + co) * g.H * g.W
  totals.forEach((t, i) => {
    const value = bias ? t + b : t
    if (value !== output.data[base + i]) {
      throw new Error(
        `stamp trace: output cell ${i} sums to ${value} but the engine computed ${output.data[base + i]}`,
      )
    }
  })
  return { geometry: g, n, co, bias: b, output, steps }
}
