/**
 * NumPy/PyTorch broadcasting: shapes are aligned from the right, and a dimension of 1 (or a missing
 * one) stretches to match the other operand.
 */
import { showShape, stridesOf } from '../tensor.ts'

/** The broadcast shape of a and b, or an error naming both shapes and the clashing dimension. */
export function broadcastShapes(op: string, a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length)
  const out = new Array<number>(n)
  for (let i = 0; i < n; i++) {
    const da = a[a.length - n + i] ?? 1
    const db = b[b.length - n + i] ?? 1
    if (da !== db && da !== 1 && db !== 1) {
      throw new RangeError(
        `${op}: a is ${showShape(a)} but b is ${showShape(b)}: dimension ${i} of the broadcast ` +
          `(${da} vs ${db}) must match or be 1`,
      )
    }
    out[i] = da === 1 ? db : da
  }
  return out
}

/**
 * For every element of `outShape` (row-major), the flat offset of the element of an `inShape`
 * tensor that broadcasts onto it. Backward passes accumulate through the same map, which sums the
 * gradient over the stretched dimensions exactly as the chain rule asks.
 */
export function broadcastOffsets(
  outShape: readonly number[],
  inShape: readonly number[],
): Int32Array {
  let size = 1
  for (const d of outShape) size *= d
  const offsets = new Int32Array(size)
  const n = outShape.length
  const inStrides = stridesOf(inShape)
  const strides = new Array<number>(n).fill(0)
  for (let i = 0; i < inShape.length; i++) {
    if (inShape[i] !== 1) strides[n - inShape.length + i] = inStrides[i]
  }
  const index = new Array<number>(n).fill(0)
  let off = 0
  for (let k = 0; k < size; k++) {
    offsets[k] = off
    for (let d = n - 1; d >= 0; d--) {
      index[d]++
      off += strides[d]
      if (index[d] < outShape[d]) break
      off -= strides[d] * outShape[d]
      index[d] = 0
    }
  }
  return offsets
}

/** True when the two shapes are identical, the fast path that needs no offset map. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i])
}
