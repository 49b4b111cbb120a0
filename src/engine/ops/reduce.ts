/**
 * Reductions: sum, mean and max over the whole tensor or along one dimension (with keepdim), named
 * and shaped as in PyTorch.
 */
import { gradOf, normalizeDim, result, showShape, type Tensor } from '../tensor.ts'

/** A tensor seen as [outer, n, inner] around the reduced dimension (n = everything when dim is absent). */
interface Split {
  outer: number
  n: number
  inner: number
  shape: number[]
}

function split(op: string, x: Tensor, dim: number | undefined, keepdim: boolean): Split {
  if (dim === undefined) {
    return { outer: 1, n: x.size, inner: 1, shape: keepdim ? x.shape.map(() => 1) : [] }
  }
  const d = normalizeDim(op, dim, x.ndim)
  const n = x.ndim === 0 ? 1 : x.shape[d]
  let outer = 1
  let inner = 1
  for (let i = 0; i < d; i++) outer *= x.shape[i]
  for (let i = d + 1; i < x.ndim; i++) inner *= x.shape[i]
  const shape = x.shape.filter((_, i) => i !== d)
  if (keepdim && x.ndim > 0) shape.splice(d, 0, 1)
  return { outer, n, inner, shape }
}

/** Sum of all elements, or along `dim` (torch.sum). */
export function sum(x: Tensor, dim?: number, keepdim = false): Tensor {
  const { outer, n, inner, shape } = split('sum', x, dim, keepdim)
  const out = new Float64Array(outer * inner)
  const xd = x.data
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < n; j++) {
      const base = (o * n + j) * inner
      for (let i = 0; i < inner; i++) out[o * inner + i] += xd[base + i]
    }
  }
  return result('sum', out, shape, [x], (g) => {
    const gx = gradOf(x)!
    for (let o = 0; o < outer; o++) {
      for (let j = 0; j < n; j++) {
        const base = (o * n + j) * inner
        for (let i = 0; i < inner; i++) gx[base + i] += g[o * inner + i]
      }
    }
  })
}

/** Mean of all elements, or along `dim` (torch.mean). Empty reductions are an error, not NaN. */
export function mean(x: Tensor, dim?: number, keepdim = false): Tensor {
  const { outer, n, inner, shape } = split('mean', x, dim, keepdim)
  if (n === 0)
    throw new RangeError(`mean: cannot average over an empty dimension of ${showShape(x.shape)}`)
  const out = new Float64Array(outer * inner)
  const xd = x.data
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < n; j++) {
      const base = (o * n + j) * inner
      for (let i = 0; i < inner; i++) out[o * inner + i] += xd[base + i] / n
    }
  }
  return result('mean', out, shape, [x], (g) => {
    const gx = gradOf(x)!
    for (let o = 0; o < outer; o++) {
      for (let j = 0; j < n; j++) {
        const base = (o * n + j) * inner
        for (let i = 0; i < inner; i++) gx[base + i] += g[o * inner + i] / n
      }
    }
  })
}

/**
 * Maximum of all elements, or along `dim` (torch.max / torch.amax values). The gradient goes to the
 * first maximal element, as PyTorch's max with a dim does.
 */
export function max(x: Tensor, dim?: number, keepdim = false): Tensor {
  const { outer, n, inner, shape } = split('max', x, dim, keepdim)
  if (n === 0)
    throw new RangeError(
      `max: cannot take the maximum over an empty dimension of ${showShape(x.shape)}`,
    )
  const out = new Float64Array(outer * inner)
  const arg = new Int32Array(outer * inner)
  const xd = x.data
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      let best = -Infinity
      let at = 0
      for (let j = 0; j < n; j++) {
        const v = xd[(o * n + j) * inner + i]
        if (v > best || j === 0 || Number.isNaN(v)) {
          best = v
          at = j
          // NaN wins, as in PyTorch: a maximum that skipped it would hide the bad value
          if (Number.isNaN(v)) break
        }
      }
      out[o * inner + i] = best
      arg[o * inner + i] = (o * n + at) * inner + i
    }
  }
  return result('max', out, shape, [x], (g) => {
    const gx = gradOf(x)!
    for (let k = 0; k < out.length; k++) gx[arg[k]] += g[k]
  })
}
