/**
 * softmax and logSoftmax along a dimension, numerically stable: the maximum is subtracted before
 * exponentiating, so large logits never overflow to Infinity (and then NaN).
 */
import { gradOf, normalizeDim, result, type Tensor } from '../tensor.ts'

/** The [outer, n, inner] view of x around `dim`. */
function around(op: string, x: Tensor, dim: number): [number, number, number] {
  const d = normalizeDim(op, dim, x.ndim)
  let outer = 1
  let inner = 1
  for (let i = 0; i < d; i++) outer *= x.shape[i]
  for (let i = d + 1; i < x.ndim; i++) inner *= x.shape[i]
  return [outer, x.ndim === 0 ? 1 : x.shape[d], inner]
}

/** Writes log-softmax of `src` along the middle axis of [outer, n, inner] into `dst`. */
export function logSoftmaxInto(
  src: Float64Array,
  dst: Float64Array,
  outer: number,
  n: number,
  inner: number,
): void {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i
      let m = -Infinity
      for (let j = 0; j < n; j++) m = Math.max(m, src[base + j * inner])
      let s = 0
      for (let j = 0; j < n; j++) s += Math.exp(src[base + j * inner] - m)
      const lse = m + Math.log(s)
      for (let j = 0; j < n; j++) dst[base + j * inner] = src[base + j * inner] - lse
    }
  }
}

/** exp(x) / sum(exp(x)) along `dim` (torch.softmax). */
export function softmax(x: Tensor, dim = -1): Tensor {
  const [outer, n, inner] = around('softmax', x, dim)
  const y = new Float64Array(x.size)
  const xd = x.data
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i
      let m = -Infinity
      for (let j = 0; j < n; j++) m = Math.max(m, xd[base + j * inner])
      let s = 0
      for (let j = 0; j < n; j++) s += y[base + j * inner] = Math.exp(xd[base + j * inner] - m)
      for (let j = 0; j < n; j++) y[base + j * inner] /= s
    }
  }
  return result('softmax', y, x.shape, [x], (g) => {
    const gx = gradOf(x)!
    // dx_j = y_j (g_j - sum_k g_k y_k)
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * n * inner + i
        let dot = 0
        for (let j = 0; j < n; j++) dot += g[base + j * inner] * y[base + j * inner]
        for (let j = 0; j < n; j++)
          gx[base + j * inner] += y[base + j * inner] * (g[base + j * inner] - dot)
      }
    }
  })
}

/** x - logsumexp(x) along `dim` (torch.log_softmax). */
export function logSoftmax(x: Tensor, dim = -1): Tensor {
  const [outer, n, inner] = around('logSoftmax', x, dim)
  const y = new Float64Array(x.size)
  logSoftmaxInto(x.data, y, outer, n, inner)
  return result('logSoftmax', y, x.shape, [x], (g) => {
    const gx = gradOf(x)!
    // dx_j = g_j - softmax_j · sum_k g_k
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * n * inner + i
        let total = 0
        for (let j = 0; j < n; j++) total += g[base + j * inner]
        for (let j = 0; j < n; j++)
          gx[base + j * inner] += g[base + j * inner] - Math.exp(y[base + j * inner]) * total
      }
    }
  })
}
