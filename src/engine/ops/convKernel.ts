/**
 * The fused loops behind conv1d, conv2d and conv_transpose2d, on raw Float64Arrays in NCHW order.
 *
 * A convolution maps an input [N, C, H, W] with weights [K, C, kH, kW] to an output [N, K, Ho, Wo].
 * Two loops cover everything: gather (the forward pass, here) and scatter (the gradients to the
 * input and the weights, in convScatter.ts; scatter to the input is also the transposed
 * convolution's forward pass).
 *
 * Windows whose taps all land inside the input take a branch-free path (3x3 kernels, the common
 * case, fully unrolled with the weights in registers); the few border windows test each tap.
 *
 * Summation order, which the step trace reproduces bit for bit: an output cell is the sum over
 * channels, in order and starting from zero, of that channel's window sum, which adds the window's
 * products in row-major order starting from zero (padding taps add nothing); the bias comes last.
 */

/** Sizes and window settings of one convolution, padding given per side. */
export interface ConvGeometry {
  N: number
  C: number
  H: number
  W: number
  K: number
  kH: number
  kW: number
  Ho: number
  Wo: number
  sH: number
  sW: number
  dH: number
  dW: number
  padTop: number
  padBottom: number
  padLeft: number
  padRight: number
}

/** For each tap t, the outputs o in [lo[t], hi[t]) whose input o*s - pad + t*d lies in [0, size). */
export function tapRanges(
  size: number,
  out: number,
  taps: number,
  s: number,
  d: number,
  pad: number,
) {
  const lo = new Int32Array(taps)
  const hi = new Int32Array(taps)
  for (let t = 0; t < taps; t++) {
    const off = t * d - pad
    lo[t] = Math.min(out, Math.max(0, Math.ceil(-off / s)))
    hi[t] = Math.max(lo[t], Math.min(out, Math.floor((size - 1 - off) / s) + 1))
  }
  return { lo, hi }
}

/** Output columns [a, b) whose every tap lies inside the input (empty when a >= b). */
export function interior(cols: { lo: Int32Array; hi: Int32Array }): [number, number] {
  let a = 0
  let b = Infinity
  for (let t = 0; t < cols.lo.length; t++) {
    a = Math.max(a, cols.lo[t])
    b = Math.min(b, cols.hi[t])
  }
  return a < b ? [a, b] : [0, 0]
}

/** out[n, k, oh, ow] += the window's products, in the order the header describes. */
export function convGather(
  x: Float64Array,
  w: Float64Array,
  out: Float64Array,
  g: ConvGeometry,
): void {
  const { N, C, H, W, K, kH, kW, Ho, Wo, sH, sW, dH, dW, padTop, padLeft } = g
  const [ra, rb] = interior(tapRanges(H, Ho, kH, sH, dH, padTop))
  const [ca, cb] = interior(tapRanges(W, Wo, kW, sW, dW, padLeft))
  const three = kH === 3 && kW === 3
  const unit = sW === 1 && dW === 1
  const dRow = dH * W
  const d2 = 2 * dW
  for (let n = 0; n < N; n++) {
    for (let k = 0; k < K; k++) {
      const oBase = (n * K + k) * Ho * Wo
      for (let c = 0; c < C; c++) {
        const xBase = (n * C + c) * H * W
        const wb = (k * C + c) * kH * kW
        const [w0, w1, w2, w3, w4, w5, w6, w7, w8] = three ? w.subarray(wb, wb + 9) : ZERO9
        for (let oh = 0; oh < Ho; oh++) {
          const or = oBase + oh * Wo
          if (oh < ra || oh >= rb || ca >= cb) {
            gatherBorder(x, w, out, xBase, or, wb, oh, 0, Wo, g)
            continue
          }
          // r0: the window's first input row, shifted so that r0 + ow*sW is its top-left tap
          const r0 = xBase + (oh * sH - padTop) * W - padLeft
          const r1 = r0 + dRow
          const r2 = r1 + dRow
          gatherBorder(x, w, out, xBase, or, wb, oh, 0, ca, g)
          if (three && unit) {
            for (let ow = ca; ow < cb; ow++) {
              out[or + ow] +=
                w0 * x[r0 + ow] +
                w1 * x[r0 + ow + 1] +
                w2 * x[r0 + ow + 2] +
                w3 * x[r1 + ow] +
                w4 * x[r1 + ow + 1] +
                w5 * x[r1 + ow + 2] +
                w6 * x[r2 + ow] +
                w7 * x[r2 + ow + 1] +
                w8 * x[r2 + ow + 2]
            }
          } else if (three) {
            for (let ow = ca; ow < cb; ow++) {
              const i = ow * sW
              out[or + ow] +=
                w0 * x[r0 + i] +
                w1 * x[r0 + i + dW] +
                w2 * x[r0 + i + d2] +
                w3 * x[r1 + i] +
                w4 * x[r1 + i + dW] +
                w5 * x[r1 + i + d2] +
                w6 * x[r2 + i] +
                w7 * x[r2 + i + dW] +
                w8 * x[r2 + i + d2]
            }
          } else {
            for (let ow = ca; ow < cb; ow++) {
              let s = 0
              for (let kh = 0; kh < kH; kh++) {
                const xr = r0 + kh * dRow + ow * sW
                const wr = wb + kh * kW
                for (let kw = 0; kw < kW; kw++) s += w[wr + kw] * x[xr + kw * dW]
              }
              out[or + ow] += s
            }
          }
          gatherBorder(x, w, out, xBase, or, wb, oh, cb, Wo, g)
        }
      }
    }
  }
}

const ZERO9 = new Float64Array(9)

/** Output columns [from, to) of row oh for one channel, testing every tap against the edges. */
function gatherBorder(
  x: Float64Array,
  w: Float64Array,
  out: Float64Array,
  xBase: number,
  or: number,
  wb: number,
  oh: number,
  from: number,
  to: number,
  g: ConvGeometry,
): void {
  const { H, W, kH, kW, sH, sW, dH, dW, padTop, padLeft } = g
  for (let ow = from; ow < to; ow++) {
    let s = 0
    for (let kh = 0; kh < kH; kh++) {
      const ih = oh * sH - padTop + kh * dH
      if (ih < 0 || ih >= H) continue
      for (let kw = 0; kw < kW; kw++) {
        const iw = ow * sW - padLeft + kw * dW
        if (iw >= 0 && iw < W) s += w[wb + kh * kW + kw] * x[xBase + ih * W + iw]
      }
    }
    out[or + ow] += s
  }
}

/** out[n, k, :, :] += b[k]: the bias, added after the products so traces can show sum and bias apart. */
export function addBias(
  out: Float64Array,
  b: Float64Array,
  N: number,
  K: number,
  area: number,
): void {
  for (let n = 0; n < N; n++) {
    for (let k = 0; k < K; k++) {
      const base = (n * K + k) * area
      const bv = b[k]
      for (let i = 0; i < area; i++) out[base + i] += bv
    }
  }
}
