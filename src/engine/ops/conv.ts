/**
 * conv2d and conv1d with PyTorch's semantics: cross-correlation (the kernel is not flipped), NCHW /
 * NCL layout, weight [K, C, kH, kW], optional bias [K], stride, zero padding (symmetric, per side,
 * 'same', and 'causal' for 1-D), dilation. Every filter spans the full input depth. Output sizes come
 * from the geometry module, which floors a stride that does not fit exactly, as PyTorch does.
 */
import { result, showShape, Tensor } from '../tensor.ts'
import { addBias, convGather, type ConvGeometry } from './convKernel.ts'
import { biasGrad, convScatter } from './convScatter.ts'
import {
  expectCounts,
  expectFinite,
  expectRank,
  padding1d,
  padding2d,
  pair,
  showSettings,
  windowOutput,
  type Pair,
  type Padding1dArg,
  type Padding2dArg,
} from './spatialArgs.ts'

/** Options of conv2d; padding as a number, [height, width], per side, 'valid' or 'same'. */
export interface Conv2dOptions {
  stride?: Pair
  padding?: Padding2dArg
  dilation?: Pair
}

/** Options of conv1d; padding also accepts 'causal' (d*(k-1) zeros on the left only). */
export interface Conv1dOptions {
  stride?: number
  padding?: Padding1dArg
  dilation?: number
}

/** Validates conv2d's arguments and resolves the full geometry (sizes, stride, dilation, padding per side). */
export function conv2dGeometry(
  inputShape: readonly number[],
  weightShape: readonly number[],
  options: Conv2dOptions = {},
  op = 'conv2d',
): ConvGeometry {
  const shapes = `input ${showShape(inputShape)}, weight ${showShape(weightShape)}`
  if (inputShape.length !== 4 || weightShape.length !== 4) {
    throw new RangeError(`${op}: input must be [N, C, H, W] and weight [K, C, kH, kW] (${shapes})`)
  }
  const [N, C, H, W] = inputShape
  const [K, Cw, kH, kW] = weightShape
  expectCounts(op, shapes, { batch: N, 'input channels': C, filters: K })
  if (Cw !== C) {
    throw new RangeError(`${op}: weight has ${Cw} input channels but input has ${C} (${shapes})`)
  }
  const [sH, sW] = pair(op, 'stride', options.stride ?? 1)
  const [dH, dW] = pair(op, 'dilation', options.dilation ?? 1)
  const p = padding2d(op, options.padding ?? 0, [kH, kW], [dH, dW], [sH, sW])
  const settings = showSettings({
    stride: [sH, sW],
    padding: [p.top, p.bottom, p.left, p.right],
    dilation: [dH, dW],
  })
  const [Ho, Wo] = windowOutput(op, `${shapes}, ${settings}`, [
    { name: 'height', size: H, kernel: kH, stride: sH, dilation: dH, pad: [p.top, p.bottom] },
    { name: 'width', size: W, kernel: kW, stride: sW, dilation: dW, pad: [p.left, p.right] },
  ])
  return {
    N,
    C,
    H,
    W,
    K,
    kH,
    kW,
    Ho,
    Wo,
    sH,
    sW,
    dH,
    dW,
    padTop: p.top,
    padBottom: p.bottom,
    padLeft: p.left,
    padRight: p.right,
  }
}

function checkBias(op: string, bias: Tensor, K: number, input: Tensor, weight: Tensor): void {
  if (bias.ndim !== 1 || bias.shape[0] !== K) {
    throw new RangeError(
      `${op}: bias must be [${K}], one per filter, got ${showShape(bias.shape)} ` +
        `(input ${showShape(input.shape)}, weight ${showShape(weight.shape)})`,
    )
  }
  expectFinite(op, 'bias', bias)
}

/** The shared forward and backward of conv1d/conv2d once the geometry is resolved. */
function convWithGeometry(
  op: string,
  input: Tensor,
  weight: Tensor,
  bias: Tensor | null,
  g: ConvGeometry,
  outShape: number[],
): Tensor {
  const area = g.Ho * g.Wo
  const out = new Float64Array(g.N * g.K * area)
  convGather(input.data, weight.data, out, g)
  if (bias) addBias(out, bias.data, g.N, g.K, area)
  const inputs = bias ? [input, weight, bias] : [input, weight]
  return result(op, out, outShape, inputs, (gy) => {
    const gx = input.requiresGrad ? input.ensureGrad() : null
    const gw = weight.requiresGrad ? weight.ensureGrad() : null
    if (gx || gw) convScatter(input.data, weight.data, gy, gx, gw, g)
    if (bias && bias.requiresGrad) biasGrad(gy, bias.ensureGrad(), g.N, g.K, area)
  })
}

/** 2-D cross-correlation of input [N, C, H, W] with weight [K, C, kH, kW] plus bias [K] -> [N, K, Ho, Wo]. */
export function conv2d(
  input: Tensor,
  weight: Tensor,
  bias: Tensor | null = null,
  options: Conv2dOptions = {},
): Tensor {
  expectRank('conv2d', 'input', input, 'N, C, H, W')
  expectRank('conv2d', 'weight', weight, 'K, C, kH, kW')
  const g = conv2dGeometry(input.shape, weight.shape, options)
  if (bias) checkBias('conv2d', bias, g.K, input, weight)
  expectFinite('conv2d', 'input', input)
  expectFinite('conv2d', 'weight', weight)
  return convWithGeometry('conv2d', input, weight, bias, g, [g.N, g.K, g.Ho, g.Wo])
}

/** Validates conv1d's arguments and resolves its geometry as a 2-D one of height 1. */
export function conv1dGeometry(
  inputShape: readonly number[],
  weightShape: readonly number[],
  options: Conv1dOptions = {},
  op = 'conv1d',
): ConvGeometry {
  const shapes = `input ${showShape(inputShape)}, weight ${showShape(weightShape)}`
  if (inputShape.length !== 3 || weightShape.length !== 3) {
    throw new RangeError(`${op}: input must be [N, C, L] and weight [K, C, k] (${shapes})`)
  }
  const [N, C, L] = inputShape
  const [K, Cw, k] = weightShape
  expectCounts(op, shapes, { batch: N, 'input channels': C, filters: K })
  if (Cw !== C) {
    throw new RangeError(`${op}: weight has ${Cw} input channels but input has ${C} (${shapes})`)
  }
  const s = options.stride ?? 1
  const d = options.dilation ?? 1
  const [left, right] = padding1d(op, options.padding ?? 0, k, d, s)
  const settings = showSettings({ stride: s, padding: [left, right], dilation: d })
  const [Lo] = windowOutput(op, `${shapes}, ${settings}`, [
    { name: 'length', size: L, kernel: k, stride: s, dilation: d, pad: [left, right] },
  ])
  return {
    N,
    C,
    H: 1,
    W: L,
    K,
    kH: 1,
    kW: k,
    Ho: 1,
    Wo: Lo,
    sH: 1,
    sW: s,
    dH: 1,
    dW: d,
    padTop: 0,
    padBottom: 0,
    padLeft: left,
    padRight: right,
  }
}

/** 1-D cross-correlation of input [N, C, L] with weight [K, C, k] plus bias [K] -> [N, K, Lo]. */
export function conv1d(
  input: Tensor,
  weight: Tensor,
  bias: Tensor | null = null,
  options: Conv1dOptions = {},
): Tensor {
  expectRank('conv1d', 'input', input, 'N, C, L')
  expectRank('conv1d', 'weight', weight, 'K, C, k')
  const g = conv1dGeometry(input.shape, weight.shape, options)
  if (bias) checkBias('conv1d', bias, g.K, input, weight)
  expectFinite('conv1d', 'input', input)
  expectFinite('conv1d', 'weight', weight)
  return convWithGeometry('conv1d', input, weight, bias, g, [g.N, g.K, g.Wo])
}

/** The kernel reversed along its last axis, with gradient (reversing is its own inverse). */
export function flipLast(t: Tensor): Tensor {
  const n = t.shape[t.ndim - 1]
  const flip = (src: Float64Array, dst: Float64Array, acc: boolean) => {
    for (let base = 0; base < src.length; base += n) {
      for (let i = 0; i < n; i++) {
        if (acc) dst[base + i] += src[base + n - 1 - i]
        else dst[base + i] = src[base + n - 1 - i]
      }
    }
  }
  const out = new Float64Array(t.size)
  flip(t.data, out, false)
  return result('flipLast', out, t.shape, [t], (gy) => flip(gy, t.ensureGrad(), true))
}

/**
 * True 1-D convolution, the textbook (f * g)[n] = sum_m f[m] g[n - m]: the kernel is flipped before
 * it slides. conv1d (cross-correlation) with the flipped kernel gives exactly this, which is the
 * lesson's point: a CNN learns the kernel either way, so the flip does not matter for learning.
 */
export function convolve1d(
  input: Tensor,
  weight: Tensor,
  bias: Tensor | null = null,
  options: Conv1dOptions = {},
): Tensor {
  expectRank('convolve1d', 'weight', weight, 'K, C, k')
  return conv1d(input, flipLast(weight), bias, options)
}
