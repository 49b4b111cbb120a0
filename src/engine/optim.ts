/**
 * Optimizers over a list of parameter tensors, with PyTorch's names, defaults and update rules
 * (torch.optim.SGD, RMSprop, Adam): `step()` applies one update from each tensor's `.grad`,
 * `zeroGrad()` clears them. Parameters without a gradient are skipped, as in PyTorch.
 */
import type { Tensor } from './tensor.ts'

/** An optimizer's running state: per-parameter buffers by name, and small counters. */
export interface OptimizerState {
  buffers: Record<string, Array<Float64Array | null>>
  counters: Record<string, number[]>
}

/** What every optimizer offers. */
export abstract class Optimizer {
  constructor(readonly params: readonly Tensor[]) {
    if (params.length === 0) throw new RangeError('optimizer: the parameter list is empty')
  }

  /** Applies one update to every parameter from its current gradient. */
  abstract step(): void

  /** Sets every parameter's gradient to zero. */
  zeroGrad(): void {
    for (const p of this.params) p.zeroGrad()
  }

  /** A copy of the running state (moment buffers, step counts), for checkpoints (PyTorch's state_dict). */
  stateDict(): OptimizerState {
    const buffers: OptimizerState['buffers'] = {}
    for (const [name, list] of this.buffers)
      buffers[name] = Array.from(list, (b) => (b ? Float64Array.from(b) : null))
    return { buffers, counters: this.counters() }
  }

  /** Restores a state taken by `stateDict` from an optimizer over parameters of the same shapes. */
  loadStateDict(state: OptimizerState): void {
    const buffers = new Map<string, Float64Array[]>()
    for (const [name, list] of Object.entries(state.buffers)) {
      const copies: Float64Array[] = []
      list.forEach((b, k) => {
        if (!b) return
        if (k >= this.params.length || b.length !== this.params[k].size)
          throw new RangeError(`optimizer: saved buffer "${name}" ${k} does not fit the parameters`)
        copies[k] = Float64Array.from(b)
      })
      buffers.set(name, copies)
    }
    this.buffers = buffers
    this.restoreCounters(state.counters)
  }

  /** Counters beyond the buffers (Adam's step count...); none by default. */
  protected counters(): Record<string, number[]> {
    return {}
  }

  protected restoreCounters(counters: Record<string, number[]>): void {
    void counters
  }

  /** A per-parameter state buffer, created zeroed on first use. */
  protected buffers = new Map<string, Float64Array[]>()
  protected buffer(name: string, k: number): Float64Array {
    let list = this.buffers.get(name)
    if (!list) this.buffers.set(name, (list = []))
    return (list[k] ??= new Float64Array(this.params[k].size))
  }
}

function checkLr(lr: number): void {
  if (!(lr >= 0) || !Number.isFinite(lr))
    throw new RangeError(`optimizer: lr must be a finite non-negative number, got ${lr}`)
}

/** Options of SGD, as torch.optim.SGD. */
export interface SGDOptions {
  lr: number
  momentum?: number
  dampening?: number
  nesterov?: boolean
  weightDecay?: number
}

/** Stochastic gradient descent with optional momentum (PyTorch's form: v = μv + g, p -= lr·v) and Nesterov. */
export class SGD extends Optimizer {
  readonly options: Required<SGDOptions>
  private started = new Set<number>()

  constructor(params: readonly Tensor[], options: SGDOptions) {
    super(params)
    checkLr(options.lr)
    this.options = { momentum: 0, dampening: 0, nesterov: false, weightDecay: 0, ...options }
    if (this.options.nesterov && (this.options.momentum <= 0 || this.options.dampening !== 0)) {
      throw new RangeError('SGD: Nesterov momentum needs momentum > 0 and dampening 0')
    }
  }

  step(): void {
    const { lr, momentum, dampening, nesterov, weightDecay } = this.options
    this.params.forEach((p, k) => {
      if (!p.grad) return
      const v = momentum !== 0 ? this.buffer('momentum', k) : null
      for (let j = 0; j < p.size; j++) {
        let g = p.grad[j] + weightDecay * p.data[j]
        if (v) {
          v[j] = this.started.has(k) ? momentum * v[j] + (1 - dampening) * g : g
          g = nesterov ? g + momentum * v[j] : v[j]
        }
        p.data[j] -= lr * g
      }
      if (v) this.started.add(k)
    })
  }

  protected counters(): Record<string, number[]> {
    return { started: [...this.started] }
  }

  protected restoreCounters(counters: Record<string, number[]>): void {
    this.started = new Set(counters.started ?? [])
  }
}

/** Options of RMSprop, as torch.optim.RMSprop (alpha is the smoothing constant). */
export interface RMSpropOptions {
  lr?: number
  alpha?: number
  eps?: number
  momentum?: number
  weightDecay?: number
}

/** RMSprop: divide the gradient by a running root mean square of recent gradients. */
export class RMSprop extends Optimizer {
  readonly options: Required<RMSpropOptions>

  constructor(params: readonly Tensor[], options: RMSpropOptions = {}) {
    super(params)
    this.options = { lr: 0.01, alpha: 0.99, eps: 1e-8, momentum: 0, weightDecay: 0, ...options }
    checkLr(this.options.lr)
  }

  step(): void {
    const { lr, alpha, eps, momentum, weightDecay } = this.options
    this.params.forEach((p, k) => {
      if (!p.grad) return
      const sq = this.buffer('squareAvg', k)
      const buf = momentum > 0 ? this.buffer('momentum', k) : null
      for (let j = 0; j < p.size; j++) {
        const g = p.grad[j] + weightDecay * p.data[j]
        sq[j] = alpha * sq[j] + (1 - alpha) * g * g
        const update = g / (Math.sqrt(sq[j]) + eps)
        if (buf) {
          buf[j] = momentum * buf[j] + update
          p.data[j] -= lr * buf[j]
        } else {
          p.data[j] -= lr * update
        }
      }
    })
  }
}

/** Options of Adam, as torch.optim.Adam. */
export interface AdamOptions {
  lr?: number
  betas?: [number, number]
  eps?: number
  weightDecay?: number
}

/** Adam: momentum on the gradient and on its square, both bias-corrected (Kingma & Ba). */
export class Adam extends Optimizer {
  readonly options: Required<AdamOptions>
  private t = 0

  constructor(params: readonly Tensor[], options: AdamOptions = {}) {
    super(params)
    this.options = { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, ...options }
    checkLr(this.options.lr)
  }

  step(): void {
    const { lr, betas, eps, weightDecay } = this.options
    const [b1, b2] = betas
    this.t++
    const c1 = 1 - b1 ** this.t
    const c2 = 1 - b2 ** this.t
    this.params.forEach((p, k) => {
      if (!p.grad) return
      const m = this.buffer('expAvg', k)
      const v = this.buffer('expAvgSq', k)
      const g = p.grad
      const d = p.data
      for (let j = 0; j < p.size; j++) {
        const gj = g[j] + weightDecay * d[j]
        m[j] = b1 * m[j] + (1 - b1) * gj
        v[j] = b2 * v[j] + (1 - b2) * gj * gj
        d[j] -= (lr * (m[j] / c1)) / (Math.sqrt(v[j] / c2) + eps)
      }
    })
  }

  protected counters(): Record<string, number[]> {
    return { t: [this.t] }
  }

  protected restoreCounters(counters: Record<string, number[]>): void {
    this.t = counters.t?.[0] ?? 0
  }
}

/**
 * Rescales all gradients together so their global L2 norm is at most maxNorm
 * (torch.nn.utils.clip_grad_norm_) and returns the norm before clipping, the number to plot.
 */
export function clipGradNorm(params: readonly Tensor[], maxNorm: number): number {
  if (!(maxNorm > 0)) throw new RangeError(`clipGradNorm: maxNorm must be positive, got ${maxNorm}`)
  let sq = 0
  for (const p of params)
    if (p.grad) for (let j = 0; j < p.grad.length; j++) sq += p.grad[j] * p.grad[j]
  const norm = Math.sqrt(sq)
  if (!Number.isFinite(norm))
    throw new RangeError(
      `clipGradNorm: the gradient norm is ${norm}: a gradient holds NaN or Infinity`,
    )
  const scale = maxNorm / (norm + 1e-6)
  if (scale < 1)
    for (const p of params) if (p.grad) for (let j = 0; j < p.grad.length; j++) p.grad[j] *= scale
  return norm
}
