/**
 * Helpers for the spatial tests: seeded random tensors, a weighted-sum loss (so every output cell gets
 * a different gradient and a wrong index cannot hide), and a direct-from-the-definition conv2d that
 * the fused kernels are compared with.
 */
import { Random } from '../../../src/engine/random.ts'
import { result, Tensor } from '../../../src/engine/tensor.ts'

/** A tensor of uniform values in [low, high) from a seed. */
export function randomTensor(shape: number[], seed: number, low = -1, high = 1): Tensor {
  const rng = new Random(seed)
  const n = shape.reduce((a, b) => a * b, 1)
  return new Tensor(
    Float64Array.from({ length: n }, () => rng.uniform(low, high)),
    shape,
  )
}

/** A tensor whose values are all distinct and well apart (no max-pool ties): a shuffled ramp. */
export function distinctTensor(shape: number[], seed: number): Tensor {
  const rng = new Random(seed)
  const n = shape.reduce((a, b) => a * b, 1)
  const values = Array.from({ length: n }, (_, i) => (i + 1) / n - 0.5)
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1)
    ;[values[i], values[j]] = [values[j], values[i]]
  }
  return new Tensor(values, shape)
}

/** sum(t * r) as a one-element tensor, with its gradient r. */
export function weightedSum(t: Tensor, r: Float64Array): Tensor {
  let s = 0
  for (let i = 0; i < t.size; i++) s += t.data[i] * r[i]
  return result('weightedSum', Float64Array.of(s), [], [t], (g) => {
    const gt = t.ensureGrad()
    for (let i = 0; i < t.size; i++) gt[i] += g[0] * r[i]
  })
}

/** Settings of a reference convolution, padding per side. */
export interface RefConv {
  stride: [number, number]
  dilation: [number, number]
  pad: [number, number, number, number]
}

/** conv2d straight from the definition, one output cell at a time, with explicit bounds tests. */
export function referenceConv2d(x: Tensor, w: Tensor, b: Tensor | null, o: RefConv): Tensor {
  const [N, C, H, W] = x.shape
  const [K, , kH, kW] = w.shape
  const [sH, sW] = o.stride
  const [dH, dW] = o.dilation
  const [pt, pb, pl, pr] = o.pad
  const Ho = Math.floor((H + pt + pb - dH * (kH - 1) - 1) / sH) + 1
  const Wo = Math.floor((W + pl + pr - dW * (kW - 1) - 1) / sW) + 1
  const out = new Float64Array(N * K * Ho * Wo)
  for (let n = 0; n < N; n++)
    for (let k = 0; k < K; k++)
      for (let i = 0; i < Ho; i++)
        for (let j = 0; j < Wo; j++) {
          let s = b ? b.data[k] : 0
          for (let c = 0; c < C; c++)
            for (let u = 0; u < kH; u++)
              for (let v = 0; v < kW; v++) {
                const ih = i * sH - pt + u * dH
                const iw = j * sW - pl + v * dW
                if (ih >= 0 && ih < H && iw >= 0 && iw < W)
                  s += w.get(k, c, u, v) * x.get(n, c, ih, iw)
              }
          out[((n * K + k) * Ho + i) * Wo + j] = s
        }
  return new Tensor(out, [N, K, Ho, Wo])
}

/** Largest absolute difference between two equal-length arrays. */
export function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`lengths differ: ${a.length} vs ${b.length}`)
  let m = 0
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]))
  return m
}

/** Gradients of sum(conv2d(x, w) * r) with respect to x and w, one tap at a time from the definition. */
export function referenceConv2dGrads(x: Tensor, w: Tensor, r: Float64Array, o: RefConv) {
  const [N, C, H, W] = x.shape
  const [K, , kH, kW] = w.shape
  const [sH, sW] = o.stride
  const [dH, dW] = o.dilation
  const [pt, pb, pl, pr] = o.pad
  const Ho = Math.floor((H + pt + pb - dH * (kH - 1) - 1) / sH) + 1
  const Wo = Math.floor((W + pl + pr - dW * (kW - 1) - 1) / sW) + 1
  const gx = new Float64Array(x.size)
  const gw = new Float64Array(w.size)
  for (let n = 0; n < N; n++)
    for (let k = 0; k < K; k++)
      for (let i = 0; i < Ho; i++)
        for (let j = 0; j < Wo; j++) {
          const g = r[((n * K + k) * Ho + i) * Wo + j]
          for (let c = 0; c < C; c++)
            for (let u = 0; u < kH; u++)
              for (let v = 0; v < kW; v++) {
                const ih = i * sH - pt + u * dH
                const iw = j * sW - pl + v * dW
                if (ih < 0 || ih >= H || iw < 0 || iw >= W) continue
                gx[((n * C + c) * H + ih) * W + iw] += g * w.get(k, c, u, v)
                gw[((k * C + c) * kH + u) * kW + v] += g * x.get(n, c, ih, iw)
              }
        }
  return { gx, gw }
}
