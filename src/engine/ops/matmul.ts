/**
 * Matrix products: matmul (2-D and batched, torch.matmul) and linear (x Wᵀ + b, torch's F.linear).
 * Loops run in i-k-j order over typed arrays so the innermost loop walks both operands' rows
 * contiguously, which is what makes plain JavaScript matmul fast.
 */
import { gradOf, result, showShape, type Tensor } from '../tensor.ts'

/**
 * out[m x n] += a[m x k] · b[k x n], all row-major at the given offsets. Four rows of `a` share each
 * loaded row of `b` (register blocking), which more than doubles the speed of the plain i-k-j loop.
 */
export function gemm(
  a: Float64Array,
  aOff: number,
  b: Float64Array,
  bOff: number,
  out: Float64Array,
  oOff: number,
  m: number,
  k: number,
  n: number,
): void {
  let i = 0
  for (; i + 4 <= m; i += 4) {
    const o0 = oOff + i * n
    const o1 = o0 + n
    const o2 = o1 + n
    const o3 = o2 + n
    const a0 = aOff + i * k
    for (let p = 0; p < k; p++) {
      const v0 = a[a0 + p]
      const v1 = a[a0 + k + p]
      const v2 = a[a0 + 2 * k + p]
      const v3 = a[a0 + 3 * k + p]
      const bp = bOff + p * n
      for (let j = 0; j < n; j++) {
        const bv = b[bp + j]
        out[o0 + j] += v0 * bv
        out[o1 + j] += v1 * bv
        out[o2 + j] += v2 * bv
        out[o3 + j] += v3 * bv
      }
    }
  }
  // leftover rows (all of them for a single row, as in an RNN step at batch 1): four rows of b per
  // pass, so each output element is loaded and stored once per four products
  for (; i < m; i++) {
    const oi = oOff + i * n
    const ai = aOff + i * k
    let p = 0
    for (; p + 4 <= k; p += 4) {
      const v0 = a[ai + p]
      const v1 = a[ai + p + 1]
      const v2 = a[ai + p + 2]
      const v3 = a[ai + p + 3]
      const b0 = bOff + p * n
      for (let j = 0; j < n; j++) {
        out[oi + j] +=
          v0 * b[b0 + j] + v1 * b[b0 + n + j] + v2 * b[b0 + 2 * n + j] + v3 * b[b0 + 3 * n + j]
      }
    }
    for (; p < k; p++) {
      const v = a[ai + p]
      const bp = bOff + p * n
      for (let j = 0; j < n; j++) out[oi + j] += v * b[bp + j]
    }
  }
}

/** out[m x n] += a[m x k] · b[n x k]ᵀ (dot products of rows), four rows of b per pass over a row of a. */
export function gemmNT(
  a: Float64Array,
  aOff: number,
  b: Float64Array,
  bOff: number,
  out: Float64Array,
  oOff: number,
  m: number,
  k: number,
  n: number,
): void {
  for (let i = 0; i < m; i++) {
    const ai = aOff + i * k
    const oi = oOff + i * n
    let j = 0
    for (; j + 4 <= n; j += 4) {
      const b0 = bOff + j * k
      let s0 = 0
      let s1 = 0
      let s2 = 0
      let s3 = 0
      for (let p = 0; p < k; p++) {
        const av = a[ai + p]
        s0 += av * b[b0 + p]
        s1 += av * b[b0 + k + p]
        s2 += av * b[b0 + 2 * k + p]
        s3 += av * b[b0 + 3 * k + p]
      }
      out[oi + j] += s0
      out[oi + j + 1] += s1
      out[oi + j + 2] += s2
      out[oi + j + 3] += s3
    }
    for (; j < n; j++) {
      const bj = bOff + j * k
      let s = 0
      for (let p = 0; p < k; p++) s += a[ai + p] * b[bj + p]
      out[oi + j] += s
    }
  }
}

/**
 * out[k x n] += a[m x k]ᵀ · b[m x n] (sums of outer products of rows, as in a weight gradient). Four
 * rows of a and b per pass, so each output element is loaded and stored once per four products.
 */
export function gemmTN(
  a: Float64Array,
  aOff: number,
  b: Float64Array,
  bOff: number,
  out: Float64Array,
  oOff: number,
  m: number,
  k: number,
  n: number,
): void {
  let i = 0
  for (; i + 4 <= m; i += 4) {
    const a0 = aOff + i * k
    const b0 = bOff + i * n
    for (let p = 0; p < k; p++) {
      const v0 = a[a0 + p]
      const v1 = a[a0 + k + p]
      const v2 = a[a0 + 2 * k + p]
      const v3 = a[a0 + 3 * k + p]
      const op = oOff + p * n
      for (let j = 0; j < n; j++) {
        out[op + j] +=
          v0 * b[b0 + j] + v1 * b[b0 + n + j] + v2 * b[b0 + 2 * n + j] + v3 * b[b0 + 3 * n + j]
      }
    }
  }
  for (; i < m; i++) {
    const ai = aOff + i * k
    const bi = bOff + i * n
    for (let p = 0; p < k; p++) {
      const v = a[ai + p]
      if (v === 0) continue
      const op = oOff + p * n
      for (let j = 0; j < n; j++) out[op + j] += v * b[bi + j]
    }
  }
}

/**
 * Matrix product. a is [m, k] or [B, m, k]; b is [k, n] or [B, k, n]. A 2-D operand is shared by
 * every batch entry of a 3-D one (PyTorch's broadcast of the batch dimension).
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (a.ndim < 2 || a.ndim > 3 || b.ndim < 2 || b.ndim > 3) {
    throw new RangeError(
      `matmul: a is ${showShape(a.shape)} and b is ${showShape(b.shape)}: both must be 2-D or 3-D`,
    )
  }
  const [m, k] = a.shape.slice(-2)
  const [k2, n] = b.shape.slice(-2)
  if (k !== k2) {
    throw new RangeError(
      `matmul: a is ${showShape(a.shape)} but b is ${showShape(b.shape)}: a's last dimension ` +
        `(${k}) must equal b's ${b.ndim === 2 ? 'first' : 'second'} (${k2})`,
    )
  }
  const ba = a.ndim === 3 ? a.shape[0] : 1
  const bb = b.ndim === 3 ? b.shape[0] : 1
  if (a.ndim === 3 && b.ndim === 3 && ba !== bb) {
    throw new RangeError(
      `matmul: a is ${showShape(a.shape)} but b is ${showShape(b.shape)}: batch sizes ${ba} and ${bb} differ`,
    )
  }
  const batch = Math.max(ba, bb)
  const shape = a.ndim === 3 || b.ndim === 3 ? [batch, m, n] : [m, n]
  const out = new Float64Array(batch * m * n)
  const aStep = a.ndim === 3 ? m * k : 0
  const bStep = b.ndim === 3 ? k * n : 0
  for (let t = 0; t < batch; t++)
    gemm(a.data, t * aStep, b.data, t * bStep, out, t * m * n, m, k, n)
  return result('matmul', out, shape, [a, b], (g) => {
    const ga = gradOf(a)
    const gb = gradOf(b)
    for (let t = 0; t < batch; t++) {
      // dA = dC · Bᵀ, dB = Aᵀ · dC
      if (ga) gemmNT(g, t * m * n, b.data, t * bStep, ga, t * aStep, m, n, k)
      if (gb) gemmTN(a.data, t * aStep, g, t * m * n, gb, t * bStep, m, k, n)
    }
  })
}

/** x Wᵀ + b for x [N, in], W [out, in] (PyTorch's weight layout) and optional b [out]. */
export function linear(x: Tensor, weight: Tensor, bias?: Tensor | null): Tensor {
  if (x.ndim !== 2 || weight.ndim !== 2) {
    throw new RangeError(
      `linear: x is ${showShape(x.shape)} and weight is ${showShape(weight.shape)}: both must be 2-D`,
    )
  }
  const [rows, inF] = x.shape
  const [outF, inW] = weight.shape
  if (inF !== inW) {
    throw new RangeError(
      `linear: x is ${showShape(x.shape)} but weight is ${showShape(weight.shape)}: x's last ` +
        `dimension (${inF}) must equal weight's second (${inW})`,
    )
  }
  if (bias && (bias.ndim !== 1 || bias.shape[0] !== outF)) {
    throw new RangeError(`linear: bias is ${showShape(bias.shape)} but must be [${outF}]`)
  }
  const out = new Float64Array(rows * outF)
  if (bias) for (let r = 0; r < rows; r++) out.set(bias.data, r * outF)
  gemmNT(x.data, 0, weight.data, 0, out, 0, rows, inF, outF)
  const inputs = bias ? [x, weight, bias] : [x, weight]
  return result('linear', out, [rows, outF], inputs, (g) => {
    const gx = gradOf(x)
    const gw = gradOf(weight)
    if (gx) gemm(g, 0, weight.data, 0, gx, 0, rows, outF, inF)
    if (gw) gemmTN(g, 0, x.data, 0, gw, 0, rows, outF, inF)
    const gbias = bias ? gradOf(bias) : null
    if (gbias)
      for (let r = 0; r < rows; r++) for (let j = 0; j < outF; j++) gbias[j] += g[r * outF + j]
  })
}
