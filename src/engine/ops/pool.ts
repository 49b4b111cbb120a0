/**
 * Max, average and power-average (p-norm) pooling over NCHW maps, each channel on its own, with
 * PyTorch's semantics and defaults (stride = kernel size, padding at most half the window).
 *
 * maxPool2d: padding cells count as -infinity, so they never win; the gradient goes to the arg max
 * alone, and on a tie the first maximum in row-major window order wins (strict >, like PyTorch's CPU
 * kernel). avgPool2d: padding cells are zeros and, by default, count in the divisor
 * (count_include_pad); the gradient is spread evenly, g / divisor to every real cell. The p-norm
 * pooling lives in lpPool.ts.
 */
import { fitPoolWindow } from '../geometry/window.ts'
import { result, showShape, type Tensor } from '../tensor.ts'
import { expectFinite, expectRank, pair, showSettings, type Pair } from './spatialArgs.ts'

/** Sizes and window settings of one pooling (symmetric padding, as PyTorch allows). */
export interface PoolGeometry {
  N: number
  C: number
  H: number
  W: number
  kH: number
  kW: number
  Ho: number
  Wo: number
  sH: number
  sW: number
  dH: number
  dW: number
  padH: number
  padW: number
}

/** Options of maxPool2d (stride defaults to the kernel size). */
export interface MaxPool2dOptions {
  stride?: Pair
  padding?: Pair
  dilation?: Pair
  /** Round the output size up and keep a last partial window (PyTorch's ceil_mode). */
  ceilMode?: boolean
}

/** Options of avgPool2d; countIncludePad (default true) counts padding zeros in the divisor. */
export interface AvgPool2dOptions {
  stride?: Pair
  padding?: Pair
  countIncludePad?: boolean
  /** Round the output size up and keep a last partial window (PyTorch's ceil_mode). */
  ceilMode?: boolean
}

/** Options of the 1-D pools, as the 2-D ones with single numbers. */
export interface Pool1dOptions {
  stride?: number
  padding?: number
  dilation?: number
  ceilMode?: boolean
  countIncludePad?: boolean
}

/** Validates a pooling's arguments on an input shape [N, C, H, W] and resolves its geometry. */
export function pool2dGeometry(
  op: string,
  inputShape: readonly number[],
  kernel: Pair,
  options: { stride?: Pair; padding?: Pair; dilation?: Pair; ceilMode?: boolean } = {},
): PoolGeometry {
  if (inputShape.length !== 4) {
    throw new RangeError(`${op}: input must be 4-D [N, C, H, W], got ${showShape(inputShape)}`)
  }
  const [N, C, H, W] = inputShape
  for (const [what, n] of [
    ['batch', N],
    ['channels', C],
  ] as const) {
    if (n < 1)
      throw new RangeError(
        `${op}: ${what} must be at least 1, got ${n} (input ${showShape(inputShape)})`,
      )
  }
  const [kH, kW] = pair(op, 'kernel', kernel)
  const [sH, sW] = pair(op, 'stride', options.stride ?? kernel)
  const [padH, padW] = pair(op, 'padding', options.padding ?? 0)
  const [dH, dW] = pair(op, 'dilation', options.dilation ?? 1)
  const ceilMode = options.ceilMode ?? false
  const context = `input ${showShape(inputShape)}, ${showSettings({
    kernel: [kH, kW],
    stride: [sH, sW],
    padding: [padH, padW],
    dilation: [dH, dW],
  })}`
  const fits = [
    [
      'height',
      fitPoolWindow({ size: H, kernel: kH, stride: sH, padding: padH, dilation: dH, ceilMode }),
    ],
    [
      'width',
      fitPoolWindow({ size: W, kernel: kW, stride: sW, padding: padW, dilation: dW, ceilMode }),
    ],
  ] as const
  for (const [name, fit] of fits) {
    if (!fit.valid) throw new RangeError(`${op}: ${name}: ${fit.errors.join('; ')} (${context})`)
  }
  return {
    N,
    C,
    H,
    W,
    kH,
    kW,
    Ho: fits[0][1].output,
    Wo: fits[1][1].output,
    sH,
    sW,
    dH,
    dW,
    padH,
    padW,
  }
}

/** Pools a [N, C, L] input as a [N, C, 1, L] one: same loops, height 1. */
export function pool1dGeometry(op: string, input: Tensor, kernel: number, options: Pool1dOptions) {
  expectRank(op, 'input', input, 'N, C, L')
  const [N, C, L] = input.shape
  const g = pool2dGeometry(op, [N, C, 1, L], [1, kernel], {
    stride: [1, options.stride ?? kernel],
    padding: [0, options.padding ?? 0],
    dilation: [1, options.dilation ?? 1],
    ceilMode: options.ceilMode,
  })
  return { g, shape: [N, C, g.Wo] }
}

function maxPoolCore(op: string, input: Tensor, g: PoolGeometry, shape: number[]) {
  expectFinite(op, 'input', input)
  const { N, C, H, W, kH, kW, Ho, Wo, sH, sW, dH, dW, padH, padW } = g
  const x = input.data
  const out = new Float64Array(N * C * Ho * Wo)
  const indices = new Int32Array(out.length)
  for (let nc = 0; nc < N * C; nc++) {
    const xBase = nc * H * W
    for (let oh = 0; oh < Ho; oh++) {
      for (let ow = 0; ow < Wo; ow++) {
        let best = -Infinity
        let arg = -1
        for (let kh = 0; kh < kH; kh++) {
          const ih = oh * sH - padH + kh * dH
          if (ih < 0 || ih >= H) continue
          for (let kw = 0; kw < kW; kw++) {
            const iw = ow * sW - padW + kw * dW
            if (iw < 0 || iw >= W) continue
            const v = x[xBase + ih * W + iw]
            if (v > best) {
              best = v
              arg = ih * W + iw
            }
          }
        }
        const o = (nc * Ho + oh) * Wo + ow
        out[o] = best
        indices[o] = arg
      }
    }
  }
  const output = result(op, out, shape, [input], (gy) => {
    const gx = input.ensureGrad()
    const plane = Ho * Wo
    for (let o = 0; o < gy.length; o++) gx[Math.floor(o / plane) * H * W + indices[o]] += gy[o]
  })
  return { output, indices }
}

/**
 * Max pooling with the arg max of every window, as a flat index into its channel's H*W plane
 * (PyTorch's return_indices=True); traces use it to show where each gradient goes.
 */
export function maxPool2dWithIndices(
  input: Tensor,
  kernel: Pair,
  options: MaxPool2dOptions = {},
): { output: Tensor; indices: Int32Array } {
  const g = pool2dGeometry('maxPool2d', input.shape, kernel, options)
  return maxPoolCore('maxPool2d', input, g, [g.N, g.C, g.Ho, g.Wo])
}

/** Max pooling of [N, C, H, W] with a kernel window; the gradient goes to each window's first maximum. */
export function maxPool2d(input: Tensor, kernel: Pair, options: MaxPool2dOptions = {}): Tensor {
  return maxPool2dWithIndices(input, kernel, options).output
}

/** Max pooling of [N, C, L]. */
export function maxPool1d(
  input: Tensor,
  kernel: number,
  options: Omit<Pool1dOptions, 'countIncludePad'> = {},
): Tensor {
  const { g, shape } = pool1dGeometry('maxPool1d', input, kernel, options)
  return maxPoolCore('maxPool1d', input, g, shape).output
}

/**
 * The divisor of an average-pooling window: its cells inside the padded input (the full area except
 * for a ceil-mode partial window), or only its real cells.
 */
export function avgDivisor(
  g: PoolGeometry,
  oh: number,
  ow: number,
  countIncludePad: boolean,
): number {
  if (countIncludePad) {
    const h0 = oh * g.sH - g.padH
    const w0 = ow * g.sW - g.padW
    return (Math.min(h0 + g.kH, g.H + g.padH) - h0) * (Math.min(w0 + g.kW, g.W + g.padW) - w0)
  }
  const rows = Math.min(oh * g.sH - g.padH + g.kH, g.H) - Math.max(oh * g.sH - g.padH, 0)
  const cols = Math.min(ow * g.sW - g.padW + g.kW, g.W) - Math.max(ow * g.sW - g.padW, 0)
  return rows * cols
}

function avgPoolCore(
  op: string,
  input: Tensor,
  g: PoolGeometry,
  shape: number[],
  countIncludePad: boolean,
) {
  expectFinite(op, 'input', input)
  const { N, C, H, W, kH, kW, Ho, Wo, sH, sW, padH, padW } = g
  const x = input.data
  const out = new Float64Array(N * C * Ho * Wo)
  const window = (nc: number, oh: number, ow: number, visit: (i: number) => void) => {
    for (let ih = Math.max(oh * sH - padH, 0); ih < Math.min(oh * sH - padH + kH, H); ih++) {
      for (let iw = Math.max(ow * sW - padW, 0); iw < Math.min(ow * sW - padW + kW, W); iw++) {
        visit(nc * H * W + ih * W + iw)
      }
    }
  }
  for (let nc = 0; nc < N * C; nc++) {
    for (let oh = 0; oh < Ho; oh++) {
      for (let ow = 0; ow < Wo; ow++) {
        let sum = 0
        window(nc, oh, ow, (i) => (sum += x[i]))
        out[(nc * Ho + oh) * Wo + ow] = sum / avgDivisor(g, oh, ow, countIncludePad)
      }
    }
  }
  return result(op, out, shape, [input], (gy) => {
    const gx = input.ensureGrad()
    for (let nc = 0; nc < N * C; nc++) {
      for (let oh = 0; oh < Ho; oh++) {
        for (let ow = 0; ow < Wo; ow++) {
          const share = gy[(nc * Ho + oh) * Wo + ow] / avgDivisor(g, oh, ow, countIncludePad)
          window(nc, oh, ow, (i) => (gx[i] += share))
        }
      }
    }
  })
}

/** Average pooling of [N, C, H, W]; the gradient is spread evenly over each window. */
export function avgPool2d(input: Tensor, kernel: Pair, options: AvgPool2dOptions = {}): Tensor {
  const g = pool2dGeometry('avgPool2d', input.shape, kernel, options)
  return avgPoolCore('avgPool2d', input, g, [g.N, g.C, g.Ho, g.Wo], options.countIncludePad ?? true)
}

/** Average pooling of [N, C, L]. */
export function avgPool1d(
  input: Tensor,
  kernel: number,
  options: Omit<Pool1dOptions, 'dilation'> = {},
): Tensor {
  const { g, shape } = pool1dGeometry('avgPool1d', input, kernel, options)
  return avgPoolCore('avgPool1d', input, g, shape, options.countIncludePad ?? true)
}
