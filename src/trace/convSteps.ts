/**
 * Step records of a convolution, for the stepper widget: for one output cell, the input window (with
 * padding cells marked), each weight times input product, their sum, the bias and the output value.
 *
 * The records are checked against the engine: the products are added in the kernel's own order
 * (channel, kernel row, kernel column, from zero, bias last), and every step's value must equal the
 * engine's output bit for bit, or the trace throws. What the stepper shows is what the engine computed.
 */
import {
  conv1d,
  conv1dGeometry,
  conv2d,
  conv2dGeometry,
  type Conv1dOptions,
  type Conv2dOptions,
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
  /** Sum of the products, added in tap order. */
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
    throw new RangeError(`conv trace: map n=${n}, k=${k} is outside batch ${g.N} and ${g.K} filters`)
  }
  if (output.size !== g.N * g.K * g.Ho * g.Wo) {
    throw new RangeError(`conv trace: the output has ${output.size} values, the geometry needs ${g.N * g.K * g.Ho * g.Wo}`)
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
        for (let kh = 0; kh < g.kH; kh++) {
          for (let kw = 0; kw < g.kW; kw++) {
            const ih = row0 + kh * g.dH
            const iw = col0 + kw * g.dW
            const padding = ih < 0 || ih >= g.H || iw < 0 || iw >= g.W
            const x = padding ? 0 : input.data[((n * g.C + c) * g.H + ih) * g.W + iw]
            const w = weight.data[((k * g.C + c) * g.kH + kh) * g.kW + kw]
            const product = w * x
            sum += product
            taps.push({ c, tap: oneD ? [kw] : [kh, kw], at: oneD ? [iw] : [ih, iw], padding, x, w, product })
          }
        }
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
