/**
 * Power-average pooling, PyTorch's LPPool2d / LPPool1d: (sum over the window of x^p)^(1/p), no
 * padding. p = 1 is sum pooling, p = 2 the Euclidean length of the window, and for non-negative
 * inputs it tends to max pooling as p grows. The deck's p-norm uses |x|^p; PyTorch (and so this op)
 * uses x^p, which differs only for negative inputs with odd p and is undefined for negative inputs
 * with a non-integer p, so that case is rejected rather than returned as NaN.
 */
import { result, showShape, type Tensor } from '../tensor.ts'
import { pool1dGeometry, pool2dGeometry, type PoolGeometry } from './pool.ts'
import { expectFinite, type Pair } from './spatialArgs.ts'

/** Options of lpPool2d (no padding, as in PyTorch). */
export interface LpPool2dOptions {
  stride?: Pair
}

function lpPoolCore(op: string, input: Tensor, p: number, g: PoolGeometry, shape: number[]) {
  if (!Number.isFinite(p) || p < 1) {
    throw new RangeError(
      `${op}: normType must be a finite number >= 1, got ${p} (use maxPool2d for p = infinity)`,
    )
  }
  expectFinite(op, 'input', input)
  const x = input.data
  if (!Number.isInteger(p)) {
    const i = x.findIndex((v) => v < 0)
    if (i >= 0) {
      throw new RangeError(
        `${op}: input holds ${x[i]} at flat index ${i}, and x^${p} of a negative number is undefined ` +
          `for a non-integer normType (input ${showShape(input.shape)})`,
      )
    }
  }
  const { N, C, H, W, kH, kW, Ho, Wo, sH, sW, dH, dW } = g
  const out = new Float64Array(N * C * Ho * Wo)
  const sums = new Float64Array(out.length)
  for (let nc = 0; nc < N * C; nc++) {
    for (let oh = 0; oh < Ho; oh++) {
      for (let ow = 0; ow < Wo; ow++) {
        let s = 0
        for (let kh = 0; kh < kH; kh++) {
          for (let kw = 0; kw < kW; kw++)
            s += Math.pow(x[nc * H * W + (oh * sH + kh * dH) * W + ow * sW + kw * dW], p)
        }
        const o = (nc * Ho + oh) * Wo + ow
        if (!Number.isFinite(s)) {
          throw new RangeError(
            `${op}: the window sum of x^${p} at output ${o} overflows to ${s} (input ${showShape(input.shape)})`,
          )
        }
        sums[o] = s
        out[o] = Math.sign(s) * Math.pow(Math.abs(s), 1 / p)
      }
    }
  }
  return result(op, out, shape, [input], (gy) => {
    const gx = input.ensureGrad()
    for (let nc = 0; nc < N * C; nc++) {
      for (let oh = 0; oh < Ho; oh++) {
        for (let ow = 0; ow < Wo; ow++) {
          const o = (nc * Ho + oh) * Wo + ow
          // d/dx_i (sum x^p)^(1/p) = x_i^(p-1) * S^(1/p - 1); at S = 0 it is undefined, and we send 0.
          const coef = sums[o] === 0 ? 0 : gy[o] * Math.pow(Math.abs(sums[o]), 1 / p - 1)
          for (let kh = 0; kh < kH; kh++) {
            for (let kw = 0; kw < kW; kw++) {
              const i = nc * H * W + (oh * sH + kh * dH) * W + ow * sW + kw * dW
              gx[i] += coef * Math.pow(x[i], p - 1)
            }
          }
        }
      }
    }
  })
}

/** Power-average pooling (sum x^p)^(1/p) of [N, C, H, W], PyTorch's LPPool2d (p = 1: sum, p = 2: L2). */
export function lpPool2d(
  input: Tensor,
  normType: number,
  kernel: Pair,
  options: LpPool2dOptions = {},
): Tensor {
  const g = pool2dGeometry('lpPool2d', input.shape, kernel, { stride: options.stride })
  return lpPoolCore('lpPool2d', input, normType, g, [g.N, g.C, g.Ho, g.Wo])
}

/** Power-average pooling of [N, C, L]. */
export function lpPool1d(
  input: Tensor,
  normType: number,
  kernel: number,
  options: { stride?: number } = {},
): Tensor {
  const { g, shape } = pool1dGeometry('lpPool1d', input, kernel, { stride: options.stride })
  return lpPoolCore('lpPool1d', input, normType, g, shape)
}
