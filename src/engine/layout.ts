/**
 * Row-major layout of a shape: strides, element count and the checks and wording every op shares
 * for shapes and dimension indices. Re-exported by tensor.ts.
 */

/** Row-major strides of a shape, e.g. [2, 3, 4] -> [12, 4, 1]. */
export function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length)
  let s = 1
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s
    s *= shape[i]
  }
  return strides
}

/** Number of elements of a shape, after checking every dimension is a non-negative integer. */
export function sizeOf(shape: readonly number[], what = 'shape'): number {
  let n = 1
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) {
      throw new RangeError(`${what} must hold non-negative integers, got [${shape.join(', ')}]`)
    }
    n *= d
  }
  return n
}

/** Shape as PyTorch prints it, for error messages: [2, 3]. */
export function showShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`
}

/** A dimension index with Python-style negatives resolved, checked against rank `ndim`. */
export function normalizeDim(op: string, dim: number, ndim: number): number {
  const d = dim < 0 ? dim + ndim : dim
  if (!Number.isInteger(d) || d < 0 || d >= Math.max(ndim, 1)) {
    throw new RangeError(`${op}: dim ${dim} is out of range for a tensor with ${ndim} dimensions`)
  }
  return d
}
