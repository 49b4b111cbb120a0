/**
 * The backward loops of convolution (see convKernel.ts for the layout and the forward loop): the
 * gradient to the input and to the weights in one sweep over the output gradient, 3x3 kernels
 * unrolled in the interior, border windows tap by tap; and the bias gradient.
 */
import { interior, tapRanges, type ConvGeometry } from './convKernel.ts'

/**
 * The backward pass of gather: gx[n, c, ih, iw] += w * gy over every tap that read (ih, iw) and,
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
  const [ra, rb] = interior(tapRanges(H, Ho, kH, sH, dH, padTop))
  const [ca, cb] = interior(tapRanges(W, Wo, kW, sW, dW, padLeft))
  const xs = gw ? x : null
  const three = kH === 3 && kW === 3
  const dRow = dH * W
  const d2 = 2 * dW
  const accW = new Float64Array(kH * kW)
  for (let n = 0; n < N; n++) {
    for (let k = 0; k < K; k++) {
      const oBase = (n * K + k) * Ho * Wo
      for (let c = 0; c < C; c++) {
        const xBase = (n * C + c) * H * W
        const wb = (k * C + c) * kH * kW
        accW.fill(0)
        for (let oh = 0; oh < Ho; oh++) {
          const or = oBase + oh * Wo
          if (oh < ra || oh >= rb || ca >= cb) {
            scatterBorder(xs, w, gy, gx, accW, xBase, or, wb, oh, 0, Wo, g)
            continue
          }
          scatterBorder(xs, w, gy, gx, accW, xBase, or, wb, oh, 0, ca, g)
          const r0 = xBase + (oh * sH - padTop) * W - padLeft
          if (three) {
            scatterThree(xs, w, gy, gx, accW, r0, dRow, d2, or, wb, ca, cb, g)
          } else {
            for (let ow = ca; ow < cb; ow++) {
              const gv = gy[or + ow]
              for (let kh = 0; kh < kH; kh++) {
                const xr = r0 + kh * dRow + ow * sW
                for (let kw = 0; kw < kW; kw++) {
                  const t = kh * kW + kw
                  const i = xr + kw * dW
                  if (gx) gx[i] += w[wb + t] * gv
                  if (xs) accW[t] += gv * xs[i]
                }
              }
            }
          }
          scatterBorder(xs, w, gy, gx, accW, xBase, or, wb, oh, cb, Wo, g)
        }
        if (gw) for (let t = 0; t < kH * kW; t++) gw[wb + t] += accW[t]
      }
    }
  }
}

/** Interior columns [from, to) of one output row for a 3x3 kernel, every tap unrolled. */
function scatterThree(
  x: Float64Array | null,
  w: Float64Array,
  gy: Float64Array,
  gx: Float64Array | null,
  accW: Float64Array,
  r0: number,
  dRow: number,
  d2: number,
  or: number,
  wb: number,
  from: number,
  to: number,
  g: ConvGeometry,
): void {
  const { sW, dW } = g
  const r1 = r0 + dRow
  const r2 = r1 + dRow
  if (gx) {
    const [w0, w1, w2, w3, w4, w5, w6, w7, w8] = w.subarray(wb, wb + 9)
    for (let ow = from; ow < to; ow++) {
      const gv = gy[or + ow]
      const i = ow * sW
      gx[r0 + i] += w0 * gv
      gx[r0 + i + dW] += w1 * gv
      gx[r0 + i + d2] += w2 * gv
      gx[r1 + i] += w3 * gv
      gx[r1 + i + dW] += w4 * gv
      gx[r1 + i + d2] += w5 * gv
      gx[r2 + i] += w6 * gv
      gx[r2 + i + dW] += w7 * gv
      gx[r2 + i + d2] += w8 * gv
    }
  }
  if (x) {
    let a0 = 0,
      a1 = 0,
      a2 = 0,
      a3 = 0,
      a4 = 0,
      a5 = 0,
      a6 = 0,
      a7 = 0,
      a8 = 0
    for (let ow = from; ow < to; ow++) {
      const gv = gy[or + ow]
      const i = ow * sW
      a0 += gv * x[r0 + i]
      a1 += gv * x[r0 + i + dW]
      a2 += gv * x[r0 + i + d2]
      a3 += gv * x[r1 + i]
      a4 += gv * x[r1 + i + dW]
      a5 += gv * x[r1 + i + d2]
      a6 += gv * x[r2 + i]
      a7 += gv * x[r2 + i + dW]
      a8 += gv * x[r2 + i + d2]
    }
    accW[0] += a0
    accW[1] += a1
    accW[2] += a2
    accW[3] += a3
    accW[4] += a4
    accW[5] += a5
    accW[6] += a6
    accW[7] += a7
    accW[8] += a8
  }
}

/** Output columns [from, to) of row oh, backward, testing every tap against the edges. */
function scatterBorder(
  x: Float64Array | null,
  w: Float64Array,
  gy: Float64Array,
  gx: Float64Array | null,
  accW: Float64Array,
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
    const gv = gy[or + ow]
    for (let kh = 0; kh < kH; kh++) {
      const ih = oh * sH - padTop + kh * dH
      if (ih < 0 || ih >= H) continue
      for (let kw = 0; kw < kW; kw++) {
        const iw = ow * sW - padLeft + kw * dW
        if (iw < 0 || iw >= W) continue
        const t = kh * kW + kw
        const i = xBase + ih * W + iw
        if (gx) gx[i] += w[wb + t] * gv
        if (x) accW[t] += gv * x[i]
      }
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
