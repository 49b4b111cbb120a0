/**
 * The fused loops behind conv1d, conv2d and conv_transpose2d, on raw Float64Arrays in NCHW order.
 *
 * A convolution maps an input [N, C, H, W] with weights [K, C, kH, kW] to an output [N, K, Ho, Wo].
 * Three loops cover everything: gather (the forward pass), scatter (the gradient to the input, which is
 * also the transposed convolution's forward pass) and the weight gradient. Each loops over the kernel
 * taps outermost and over a precomputed range of output columns innermost, so the hot loop has no
 * bounds test: padding cells are never read, they are simply outside the range.
 *
 * For one output cell, gather adds its products in (c, kh, kw) order starting from zero: the step
 * trace adds them in the same order, so its sum equals the op's output bit for bit.
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
function tapRanges(size: number, out: number, taps: number, s: number, d: number, pad: number) {
  const lo = new Int32Array(taps)
  const hi = new Int32Array(taps)
  for (let t = 0; t < taps; t++) {
    const off = t * d - pad
    lo[t] = Math.min(out, Math.max(0, Math.ceil(-off / s)))
    hi[t] = Math.max(lo[t], Math.min(out, Math.floor((size - 1 - off) / s) + 1))
  }
  return { lo, hi }
}

/** out[n, k, oh, ow] += sum over c, kh, kw of w[k, c, kh, kw] * x[n, c, oh*sH - padTop + kh*dH, ...]. */
export function convGather(
  x: Float64Array,
  w: Float64Array,
  out: Float64Array,
  g: ConvGeometry,
): void {
  const { N, C, H, W, K, kH, kW, Ho, Wo, sH, sW, dH, dW, padTop, padLeft } = g
  const rows = tapRanges(H, Ho, kH, sH, dH, padTop)
  const cols = tapRanges(W, Wo, kW, sW, dW, padLeft)
  for (let n = 0; n < N; n++) {
    for (let k = 0; k < K; k++) {
      const oBase = (n * K + k) * Ho * Wo
      for (let c = 0; c < C; c++) {
        const xBase = (n * C + c) * H * W
        const wBase = (k * C + c) * kH * kW
        for (let kh = 0; kh < kH; kh++) {
          const ohLo = rows.lo[kh]
          const ohHi = rows.hi[kh]
          for (let kw = 0; kw < kW; kw++) {
            const wv = w[wBase + kh * kW + kw]
            const owLo = cols.lo[kw]
            const owHi = cols.hi[kw]
            const colOff = kw * dW - padLeft
            for (let oh = ohLo; oh < ohHi; oh++) {
              const xRow = xBase + (oh * sH - padTop + kh * dH) * W + colOff
              const oRow = oBase + oh * Wo
              for (let ow = owLo; ow < owHi; ow++) out[oRow + ow] += wv * x[xRow + ow * sW]
            }
          }
        }
      }
    }
  }
}

/**
 * The backward pass of gather: gx[n, c, ih, iw] += w * gy over every tap that read (ih, iw), and,
 * in the same sweep, gw[k, c, kh, kw] += gy * x. Either target may be null when not needed.
 */
export function convScatter(
  x: Float64Array | null,
  w: Float64Array,
  gy: Float64Array,
  gx: Float64Array | null,
  gw: Float64Array | null,
  g: ConvGeometry,
): void {
  const { N, C, H, W, K, kH, kW, Ho, Wo, sH, sW, dH, dW, padTop, padLeft } = g
  const rows = tapRanges(H, Ho, kH, sH, dH, padTop)
  const cols = tapRanges(W, Wo, kW, sW, dW, padLeft)
  for (let n = 0; n < N; n++) {
    for (let k = 0; k < K; k++) {
      const oBase = (n * K + k) * Ho * Wo
      for (let c = 0; c < C; c++) {
        const xBase = (n * C + c) * H * W
        const wBase = (k * C + c) * kH * kW
        for (let kh = 0; kh < kH; kh++) {
          const ohLo = rows.lo[kh]
          const ohHi = rows.hi[kh]
          for (let kw = 0; kw < kW; kw++) {
            const wi = wBase + kh * kW + kw
            const wv = w[wi]
            const owLo = cols.lo[kw]
            const owHi = cols.hi[kw]
            const colOff = kw * dW - padLeft
            let acc = 0
            for (let oh = ohLo; oh < ohHi; oh++) {
              const xRow = xBase + (oh * sH - padTop + kh * dH) * W + colOff
              const oRow = oBase + oh * Wo
              if (gx && gw && x) {
                for (let ow = owLo; ow < owHi; ow++) {
                  const gv = gy[oRow + ow]
                  const xi = xRow + ow * sW
                  gx[xi] += wv * gv
                  acc += gv * x[xi]
                }
              } else if (gx) {
                for (let ow = owLo; ow < owHi; ow++) gx[xRow + ow * sW] += wv * gy[oRow + ow]
              } else if (x) {
                for (let ow = owLo; ow < owHi; ow++) acc += gy[oRow + ow] * x[xRow + ow * sW]
              }
            }
            if (gw) gw[wi] += acc
          }
        }
      }
    }
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

/** gb[k] += sum of gy[n, k, :, :]. */
export function biasGrad(
  gy: Float64Array,
  gb: Float64Array,
  N: number,
  K: number,
  area: number,
): void {
  for (let n = 0; n < N; n++) {
    for (let k = 0; k < K; k++) {
      const base = (n * K + k) * area
      let acc = 0
      for (let i = 0; i < area; i++) acc += gy[base + i]
      gb[k] += acc
    }
  }
}
