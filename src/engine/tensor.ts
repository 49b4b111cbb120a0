/**
 * Tensor: a shape, row-major Float64 storage and, when it takes part in autograd, a gradient and the
 * closure that pushes its gradient to its parents (micrograd's `_backward`, on whole arrays).
 *
 * Layout follows PyTorch: images are NCHW, sequences are (T, N, features) or (N, T, features) as each
 * op documents. Float64 everywhere: lessons print values to several digits and gradient checks use
 * finite differences, both of which want double precision.
 */

import { showShape, sizeOf, stridesOf } from './layout.ts'

export { normalizeDim, showShape, sizeOf, stridesOf } from './layout.ts'

let nextId = 0

/** An n-dimensional array of float64 values that can take part in reverse-mode autograd. */
export class Tensor {
  readonly id = nextId++
  readonly shape: readonly number[]
  readonly data: Float64Array
  /** Accumulated dL/dself, allocated on the first backward pass that reaches this tensor. */
  grad: Float64Array | null = null
  requiresGrad: boolean
  /** Tensors this one was computed from (empty for leaves). */
  readonly parents: readonly Tensor[]
  /** Adds this tensor's gradient contribution into each parent's `grad`. Set by the op that made it. */
  backwardFn: (() => void) | null
  /** The op's name, for debugging and for traces ("conv2d", "add", ...). */
  readonly op: string

  constructor(
    data: Float64Array | readonly number[],
    shape: readonly number[],
    options: { requiresGrad?: boolean; parents?: readonly Tensor[]; op?: string } = {},
  ) {
    const size = sizeOf(shape)
    const storage = data instanceof Float64Array ? data : Float64Array.from(data)
    if (storage.length !== size) {
      throw new RangeError(
        `data has ${storage.length} values but shape ${showShape(shape)} needs ${size}`,
      )
    }
    this.shape = Object.freeze([...shape])
    this.data = storage
    this.parents = options.parents ?? []
    this.requiresGrad = options.requiresGrad ?? this.parents.some((p) => p.requiresGrad)
    this.backwardFn = null
    this.op = options.op ?? 'leaf'
  }

  /** Number of elements. */
  get size(): number {
    return this.data.length
  }

  /** Number of dimensions. */
  get ndim(): number {
    return this.shape.length
  }

  /** The single value of a one-element tensor. */
  item(): number {
    if (this.size !== 1) {
      throw new RangeError(`item() needs a one-element tensor, got shape ${showShape(this.shape)}`)
    }
    return this.data[0]
  }

  /** The value at a multi-index, e.g. t.get(0, 2, 1). */
  get(...index: number[]): number {
    return this.data[this.offset(index)]
  }

  /** The flat storage offset of a multi-index, with bounds checks. */
  offset(index: readonly number[]): number {
    if (index.length !== this.shape.length) {
      throw new RangeError(
        `index [${index.join(', ')}] has ${index.length} entries for shape ${showShape(this.shape)}`,
      )
    }
    let off = 0
    let stride = 1
    for (let i = this.shape.length - 1; i >= 0; i--) {
      const k = index[i]
      if (!Number.isInteger(k) || k < 0 || k >= this.shape[i]) {
        throw new RangeError(
          `index [${index.join(', ')}] is out of bounds for ${showShape(this.shape)}`,
        )
      }
      off += k * stride
      stride *= this.shape[i]
    }
    return off
  }

  /** Nested arrays, like PyTorch's tolist(). */
  toArray(): unknown {
    const build = (dim: number, base: number): unknown => {
      if (dim === this.shape.length) return this.data[base]
      const stride = stridesOf(this.shape)[dim]
      return Array.from({ length: this.shape[dim] }, (_, i) => build(dim + 1, base + i * stride))
    }
    return build(0, 0)
  }

  /** The gradient buffer, allocated (zeroed) on first use. */
  ensureGrad(): Float64Array {
    if (!this.grad) this.grad = new Float64Array(this.size)
    return this.grad
  }

  /** Clears the accumulated gradient (PyTorch's zero_grad on a single tensor). */
  zeroGrad(): void {
    if (this.grad) this.grad.fill(0)
  }

  /** A leaf copy of the values that autograd does not track (PyTorch's detach). */
  detach(): Tensor {
    return new Tensor(this.data.slice(), this.shape)
  }

  /**
   * Reverse-mode autograd from this tensor. With no seed the tensor must hold one value (a loss) and
   * dL/dL = 1; otherwise `seed` is dL/dthis with the same number of elements.
   */
  backward(seed?: Float64Array | readonly number[]): void {
    if (!seed && this.size !== 1) {
      throw new RangeError(
        `backward() without a seed needs a one-element tensor, got ${showShape(this.shape)}`,
      )
    }
    const order = topologicalOrder(this)
    // Intermediate gradients start from zero on every pass (leaves accumulate, as in PyTorch), so a
    // second backward through a shared subgraph cannot push stale gradients twice.
    for (const t of order) if (t.parents.length > 0 && t.grad) t.grad.fill(0)
    const g = this.ensureGrad()
    if (seed) {
      if (seed.length !== this.size) {
        throw new RangeError(`backward seed has ${seed.length} values for ${showShape(this.shape)}`)
      }
      for (let i = 0; i < g.length; i++) g[i] += seed[i]
    } else {
      g[0] += 1
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const t = order[i]
      if (t.backwardFn && t.grad) t.backwardFn()
    }
  }
}

/** Every tensor that requires grad and leads to `root`, parents before children. Iterative, so long
 * unrolled sequences do not overflow the call stack. */
function topologicalOrder(root: Tensor): Tensor[] {
  const order: Tensor[] = []
  const visited = new Set<number>()
  const stack: Array<[Tensor, boolean]> = [[root, false]]
  while (stack.length > 0) {
    const [t, expanded] = stack.pop()!
    if (expanded) {
      order.push(t)
      continue
    }
    if (visited.has(t.id) || !t.requiresGrad) continue
    visited.add(t.id)
    stack.push([t, true])
    for (const p of t.parents) if (!visited.has(p.id) && p.requiresGrad) stack.push([p, false])
  }
  return order
}

/** A tensor from nested arrays or a flat array plus shape; `checkFinite` rejects NaN and ±Infinity. */
export function tensor(
  values: number | readonly unknown[],
  shape?: readonly number[],
  options: { requiresGrad?: boolean; checkFinite?: boolean } = {},
): Tensor {
  const made = buildTensor(values, shape, options)
  if (options.checkFinite) assertFinite('tensor', 'values', made)
  return made
}

function buildTensor(
  values: number | readonly unknown[],
  shape: readonly number[] | undefined,
  options: { requiresGrad?: boolean },
): Tensor {
  if (typeof values === 'number') return new Tensor([values], shape ?? [], options)
  const flat: number[] = []
  const inferred: number[] = []
  const walk = (v: unknown, depth: number) => {
    if (Array.isArray(v)) {
      if (inferred.length <= depth) inferred.push(v.length)
      else if (inferred[depth] !== v.length) {
        throw new RangeError(
          `ragged nested array: expected ${inferred[depth]} entries at depth ${depth}, got ${v.length}`,
        )
      }
      for (const x of v) walk(x, depth + 1)
    } else {
      if (typeof v !== 'number')
        throw new TypeError(`tensor values must be numbers, got ${typeof v}`)
      flat.push(v)
    }
  }
  walk(values, 0)
  return new Tensor(flat, shape ?? inferred, options)
}

/** A tensor of zeros. */
export function zeros(shape: readonly number[], options: { requiresGrad?: boolean } = {}): Tensor {
  return new Tensor(new Float64Array(sizeOf(shape)), shape, options)
}

/** A tensor filled with one value. */
export function full(
  shape: readonly number[],
  value: number,
  options: { requiresGrad?: boolean } = {},
): Tensor {
  return new Tensor(new Float64Array(sizeOf(shape)).fill(value), shape, options)
}

/** A tensor of ones. */
export function ones(shape: readonly number[], options: { requiresGrad?: boolean } = {}): Tensor {
  return full(shape, 1, options)
}

/**
 * The result of an op: a new tensor whose parents are `inputs` and whose backward closure is
 * `backward(outGrad)`, called only when some input needs a gradient. Every op builds its output
 * through this, forward and backward side by side in the op's own function.
 */
export function result(
  op: string,
  data: Float64Array,
  shape: readonly number[],
  inputs: readonly Tensor[],
  backward: (outGrad: Float64Array) => void,
): Tensor {
  const out = new Tensor(data, shape, { parents: inputs, op })
  if (out.requiresGrad) out.backwardFn = () => backward(out.grad!)
  return out
}

/** The gradient buffer of `t` if autograd must reach it, else null: what every backward closure asks. */
export function gradOf(t: Tensor): Float64Array | null {
  return t.requiresGrad ? t.ensureGrad() : null
}

/**
 * Throws if `t` holds NaN or ±Infinity. Construction does not check (it would cost every op a pass);
 * losses, cells and sequence ops call this on their inputs, where one bad value would silently
 * poison every later number.
 */
export function assertFinite(op: string, name: string, t: Tensor): void {
  const d = t.data
  for (let i = 0; i < d.length; i++) {
    if (!Number.isFinite(d[i])) {
      throw new RangeError(
        `${op}: ${name} ${showShape(t.shape)} holds a non-finite value (${d[i]}) at flat index ${i}`,
      )
    }
  }
}

/** A number operand lifted to a constant 0-d tensor, so ops can treat scalars and tensors alike. */
export function asTensor(x: Tensor | number): Tensor {
  return typeof x === 'number' ? new Tensor([x], []) : x
}
