/**
 * conv_transpose2d, PyTorch's semantics: input [N, Cin, H, W], weight [Cin, Cout, kH, kW], bias [Cout],
 * output [N, Cout, (H-1)S - 2P + D(kH-1) + output_padding + 1, ...].
 *
 * The "rubber stamp" view: every input cell stamps the kernel, scaled by its value, onto the output at
 * (ih*S - P, iw*S - P); overlapping stamps add up and padding crops the border. That is exactly the
 * gradient-to-input of a convolution with the same settings, so the same fused loops serve: this
 * op's forward is conv2d's input gradient, and its input gradient is conv2d's forward.
 */
import { fitTransposed } from '../geometry/window.ts'
import { result, showShape, type Tensor } from '../tensor.ts'
import { addBias, convGather, type ConvGeometry } from './convKernel.ts'
import { biasGrad, convScatter } from './convScatter.ts'
import {
  expectCounts,
  expectFinite,
  expectRank,
  pair,
  showSettings,
  type Pair,
} from './spatialArgs.ts'

/** Options of convTranspose2d; padding crops each side, outputPadding adds rows/columns at the end. */
export interface ConvTranspose2dOptions {
  stride?: Pair
  padding?: Pair
  outputPadding?: Pair
  dilation?: Pair
}

/**
 * Validates convTranspose2d's arguments and returns the geometry of the convolution it transposes:
 * that convolution's input is this op's output and its output is this op's input.
 */
export function convTranspose2dGeometry(
  inputShape: readonly number[],
  weightShape: readonly number[],
  options: ConvTranspose2dOptions = {},
): ConvGeometry {
  const op = 'convTranspose2d'
  const shapes = `input ${showShape(inputShape)}, weight ${showShape(weightShape)}`
  if (inputShape.length !== 4 || weightShape.length !== 4) {
    throw new RangeError(
      `${op}: input must be [N, Cin, H, W] and weight [Cin, Cout, kH, kW] (${shapes})`,
    )
  }
  const [N, Cin, H, W] = inputShape
  const [Cw, Cout, kH, kW] = weightShape
  expectCounts(op, shapes, { batch: N, 'input channels': Cin, 'output channels': Cout })
  if (Cw !== Cin) {
    throw new RangeError(`${op}: weight has ${Cw} input channels but input has ${Cin} (${shapes})`)
  }
  const [sH, sW] = pair(op, 'stride', options.stride ?? 1)
  const [pH, pW] = pair(op, 'padding', options.padding ?? 0)
  const [oH, oW] = pair(op, 'outputPadding', options.outputPadding ?? 0)
  const [dH, dW] = pair(op, 'dilation', options.dilation ?? 1)
  const context = `${shapes}, ${showSettings({ stride: [sH, sW], padding: [pH, pW], outputPadding: [oH, oW], dilation: [dH, dW] })}`
  const fits = [
    [
      'height',
      fitTransposed({
        size: H,
        kernel: kH,
        stride: sH,
        padding: pH,
        outputPadding: oH,
        dilation: dH,
      }),
    ],
    [
      'width',
      fitTransposed({
        size: W,
        kernel: kW,
        stride: sW,
        padding: pW,
        outputPadding: oW,
        dilation: dW,
      }),
    ],
  ] as const
  for (const [name, fit] of fits) {
    if (!fit.valid) throw new RangeError(`${op}: ${name}: ${fit.errors.join('; ')} (${context})`)
  }
  return {
    N,
    C: Cout,
    H: fits[0][1].output,
    W: fits[1][1].output,
    K: Cin,
    kH,
    kW,
    Ho: H,
    Wo: W,
    sH,
    sW,
    dH,
    dW,
    padTop: pH,
    padBottom: pH - oH,
    padLeft: pW,
    padRight: pW - oW,
  }
}

/** Transposed 2-D convolution ("deconvolution") of [N, Cin, H, W] with weight [Cin, Cout, kH, kW]. */
export function convTranspose2d(
  input: Tensor,
  weight: Tensor,
  bias: Tensor | null = null,
  options: ConvTranspose2dOptions = {},
): Tensor {
  const op = 'convTranspose2d'
  expectRank(op, 'input', input, 'N, Cin, H, W')
  expectRank(op, 'weight', weight, 'Cin, Cout, kH, kW')
  const g = convTranspose2dGeometry(input.shape, weight.shape, options)
  if (bias && (bias.ndim !== 1 || bias.shape[0] !== g.C)) {
    throw new RangeError(
      `${op}: bias must be [${g.C}], one per output channel, got ${showShape(bias.shape)} ` +
        `(input ${showShape(input.shape)}, weight ${showShape(weight.shape)})`,
    )
  }
  expectFinite(op, 'input', input)
  expectFinite(op, 'weight', weight)
  if (bias) expectFinite(op, 'bias', bias)
  const area = g.H * g.W
  const out = new Float64Array(g.N * g.C * area)
  convScatter(null, weight.data, input.data, out, null, g)
  if (bias) addBias(out, bias.data, g.N, g.C, area)
  const inputs = bias ? [input, weight, bias] : [input, weight]
  return result(op, out, [g.N, g.C, g.H, g.W], inputs, (gOut) => {
    if (input.requiresGrad) convGather(gOut, weight.data, input.ensureGrad(), g)
    if (weight.requiresGrad)
      convScatter(gOut, weight.data, input.data, null, weight.ensureGrad(), g)
    if (bias && bias.requiresGrad) biasGrad(gOut, bias.ensureGrad(), g.N, g.C, area)
  })
}
