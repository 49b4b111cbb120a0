/**
 * Shape ops that move values without changing them: reshape (view), permute/transpose, narrow,
 * cat and constant pad. Each copies into fresh row-major storage; backward moves the gradient back.
 */
import {
  gradOf,
  normalizeDim,
  result,
  showShape,
  sizeOf,
  stridesOf,
  type Tensor,
} from '../tensor.ts'

/** The same values in a new shape; one dimension may be -1 and is inferred (torch.reshape). */
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  const free = shape.filter((d) => d === -1).length
  if (free > 1)
    throw new RangeError(`reshape: only one dimension may be -1, got ${showShape(shape)}`)
  const known = sizeOf(
    shape.map((d) => (d === -1 ? 1 : d)),
    'reshape: shape',
  )
  const target = shape.map((d) => (d === -1 ? (known === 0 ? 0 : x.size / known) : d))
  if (!target.every(Number.isInteger) || sizeOf(target) !== x.size) {
    throw new RangeError(
      `reshape: cannot view ${showShape(x.shape)} (${x.size} values) as ${showShape(shape)}`,
    )
  }
  return result('reshape', x.data.slice(), target, [x], (g) => {
    const gx = gradOf(x)!
    for (let k = 0; k < g.length; k++) gx[k] += g[k]
  })
}

/** Dimensions reordered: output dim i is input dim dims[i] (torch.permute). */
export function permute(x: Tensor, dims: readonly number[]): Tensor {
  if (dims.length !== x.ndim) {
    throw new RangeError(
      `permute: dims [${dims.join(', ')}] must list all ${x.ndim} dimensions of ${showShape(x.shape)}`,
    )
  }
  const order = dims.map((d) => normalizeDim('permute', d, x.ndim))
  if (new Set(order).size !== order.length)
    throw new RangeError(`permute: dims [${dims.join(', ')}] repeat a dimension`)
  const shape = order.map((d) => x.shape[d])
  const inStrides = stridesOf(x.shape)
  const strides = order.map((d) => inStrides[d])
  const n = x.size
  const map = new Int32Array(n)
  const index = new Array<number>(shape.length).fill(0)
  let off = 0
  for (let k = 0; k < n; k++) {
    map[k] = off
    for (let d = shape.length - 1; d >= 0; d--) {
      index[d]++
      off += strides[d]
      if (index[d] < shape[d]) break
      off -= strides[d] * shape[d]
      index[d] = 0
    }
  }
  const out = new Float64Array(n)
  for (let k = 0; k < n; k++) out[k] = x.data[map[k]]
  return result('permute', out, shape, [x], (g) => {
    const gx = gradOf(x)!
    for (let k = 0; k < n; k++) gx[map[k]] += g[k]
  })
}

/** Swaps two dimensions (torch.transpose); with no arguments, a matrix transpose. */
export function transpose(x: Tensor, dim0 = -2, dim1 = -1): Tensor {
  const a = normalizeDim('transpose', dim0, x.ndim)
  const b = normalizeDim('transpose', dim1, x.ndim)
  const dims = x.shape.map((_, i) => (i === a ? b : i === b ? a : i))
  return permute(x, dims)
}

/** `length` entries of `dim` starting at `start` (torch.narrow; x[..., start:start+length, ...]). */
export function narrow(x: Tensor, dim: number, start: number, length: number): Tensor {
  const d = normalizeDim('narrow', dim, x.ndim)
  const size = x.shape[d]
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(length) ||
    start < 0 ||
    length < 0 ||
    start + length > size
  ) {
    throw new RangeError(
      `narrow: start ${start} and length ${length} do not fit dimension ${d} (size ${size}) of ${showShape(x.shape)}`,
    )
  }
  let outer = 1
  let inner = 1
  for (let i = 0; i < d; i++) outer *= x.shape[i]
  for (let i = d + 1; i < x.ndim; i++) inner *= x.shape[i]
  const shape = x.shape.map((s, i) => (i === d ? length : s))
  const out = new Float64Array(outer * length * inner)
  for (let o = 0; o < outer; o++) {
    out.set(
      x.data.subarray((o * size + start) * inner, (o * size + start + length) * inner),
      o * length * inner,
    )
  }
  return result('narrow', out, shape, [x], (g) => {
    const gx = gradOf(x)!
    for (let o = 0; o < outer; o++) {
      const src = o * length * inner
      const dst = (o * size + start) * inner
      for (let k = 0; k < length * inner; k++) gx[dst + k] += g[src + k]
    }
  })
}

/** Tensors joined along `dim`; all other dimensions must agree (torch.cat). */
export function cat(tensors: readonly Tensor[], dim = 0): Tensor {
  if (tensors.length === 0) throw new RangeError('cat: needs at least one tensor')
  const first = tensors[0]
  const d = normalizeDim('cat', dim, first.ndim)
  tensors.forEach((t, k) => {
    if (t.ndim !== first.ndim || t.shape.some((s, i) => i !== d && s !== first.shape[i])) {
      throw new RangeError(
        `cat: tensor 0 is ${showShape(first.shape)} but tensor ${k} is ${showShape(t.shape)}: all dimensions but ${d} must match`,
      )
    }
  })
  let outer = 1
  let inner = 1
  for (let i = 0; i < d; i++) outer *= first.shape[i]
  for (let i = d + 1; i < first.ndim; i++) inner *= first.shape[i]
  const sizes = tensors.map((t) => t.shape[d])
  const total = sizes.reduce((a, b) => a + b, 0)
  const shape = first.shape.map((s, i) => (i === d ? total : s))
  const out = new Float64Array(outer * total * inner)
  let at = 0
  const starts = sizes.map((s) => ((at += s), at - s))
  tensors.forEach((t, k) => {
    const block = sizes[k] * inner
    for (let o = 0; o < outer; o++)
      out.set(t.data.subarray(o * block, (o + 1) * block), (o * total + starts[k]) * inner)
  })
  return result('cat', out, shape, tensors, (g) => {
    tensors.forEach((t, k) => {
      const gt = gradOf(t)
      if (!gt) return
      const block = sizes[k] * inner
      for (let o = 0; o < outer; o++) {
        const src = (o * total + starts[k]) * inner
        for (let j = 0; j < block; j++) gt[o * block + j] += g[src + j]
      }
    })
  })
}

/**
 * Constant padding (F.pad): `pads` lists (before, after) pairs starting from the LAST dimension, as
 * PyTorch does, so pad(x, [1, 1, 2, 2]) pads width by 1 and height by 2 on each side.
 */
export function pad(x: Tensor, pads: readonly number[], value = 0): Tensor {
  if (pads.length % 2 !== 0 || pads.length / 2 > x.ndim) {
    throw new RangeError(
      `pad: pads [${pads.join(', ')}] must be (before, after) pairs for at most ${x.ndim} dimensions`,
    )
  }
  if (!pads.every((p) => Number.isInteger(p) && p >= 0)) {
    throw new RangeError(`pad: pads [${pads.join(', ')}] must be non-negative integers`)
  }
  const before = x.shape.map(() => 0)
  const shape = [...x.shape]
  for (let k = 0; k < pads.length / 2; k++) {
    const d = x.ndim - 1 - k
    before[d] = pads[2 * k]
    shape[d] += pads[2 * k] + pads[2 * k + 1]
  }
  const outStrides = stridesOf(shape)
  const n = x.size
  const map = new Int32Array(n)
  const index = new Array<number>(x.ndim).fill(0)
  for (let k = 0; k < n; k++) {
    let off = 0
    for (let d = 0; d < x.ndim; d++) off += (index[d] + before[d]) * outStrides[d]
    map[k] = off
    for (let d = x.ndim - 1; d >= 0; d--) {
      if (++index[d] < x.shape[d]) break
      index[d] = 0
    }
  }
  const out = new Float64Array(sizeOf(shape)).fill(value)
  for (let k = 0; k < n; k++) out[map[k]] = x.data[k]
  return result('pad', out, shape, [x], (g) => {
    const gx = gradOf(x)!
    for (let k = 0; k < n; k++) gx[k] += g[map[k]]
  })
}

/** x[..., start:end, ...] along `dim` (Python slicing without a step): narrow by start and end. */
export function slice(x: Tensor, dim: number, start: number, end: number): Tensor {
  return narrow(x, dim, start, end - start)
}
