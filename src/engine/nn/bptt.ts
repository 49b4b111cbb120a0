/**
 * Unrolling and backpropagation through time: stepping a cell over a sequence, truncation windows,
 * and the norms that show gradients exploding or vanishing.
 */
import { reshape, narrow } from '../ops/shape.ts'
import { showShape, Tensor } from '../tensor.ts'
import { activations } from '../activations.ts'
import type { RNNRecord } from './rnnFused.ts'

/**
 * Steps a cell over xs [T, N, I]: state_t = step(x_t, state_{t-1}, t). Every step is a separate set
 * of autograd nodes sharing the cell's weights, so backward from any state is full BPTT.
 */
export function unroll<S>(xs: Tensor, init: S, step: (x: Tensor, state: S, t: number) => S): S[] {
  if (xs.ndim !== 3)
    throw new RangeError(`unroll: xs must be [T, N, I], got ${showShape(xs.shape)}`)
  const [T, N, I] = xs.shape
  const states: S[] = []
  let state = init
  for (let t = 0; t < T; t++) {
    state = step(reshape(narrow(xs, 0, t, 1), [N, I]), state, t)
    states.push(state)
  }
  return states
}

/**
 * Truncated BPTT windows over T steps, k at a time: [start, length] pairs. Train on each window and
 * carry its final state into the next one detached, so gradients flow back at most k steps
 * (Williams & Peng's TBPTT(k, k), as in Karpathy's char-RNN and PyTorch practice).
 */
export function truncationWindows(steps: number, k: number): Array<[number, number]> {
  if (!Number.isInteger(steps) || steps < 1)
    throw new RangeError(`truncationWindows: steps must be a positive integer, got ${steps}`)
  if (!Number.isInteger(k) || k < 1)
    throw new RangeError(`truncationWindows: k must be a positive integer, got ${k}`)
  const windows: Array<[number, number]> = []
  for (let s = 0; s < steps; s += k) windows.push([s, Math.min(k, steps - s)])
  return windows
}

/** Euclidean norm of each of the T blocks of `size` values of a flat [T, ...] array. */
export function stepNorms(values: Float64Array, steps: number): number[] {
  const size = values.length / steps
  return Array.from({ length: steps }, (_, t) => {
    let s = 0
    for (let k = t * size; k < (t + 1) * size; k++) s += values[k] * values[k]
    return Math.sqrt(s)
  })
}

/** ||dh_T/dh_t|| for t = 0..T, both the spectral norm and the Frobenius norm. */
export interface JacobianNorms {
  spectral: number[]
  frobenius: number[]
}

/** Largest singular value of a row-major n x n matrix: power iteration on MᵀM from a fixed start. */
export function spectralNorm(m: Float64Array, n: number, iterations = 200): number {
  let v = new Float64Array(n).map((_, k) => 1 + k / n)
  let sigma = 0
  for (let it = 0; it < iterations; it++) {
    const mv = new Float64Array(n)
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) mv[i] += m[i * n + j] * v[j]
    const w = new Float64Array(n)
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) w[j] += m[i * n + j] * mv[i]
    const norm = Math.hypot(...w)
    if (norm === 0) return 0
    const next = Math.sqrt(norm / Math.hypot(...v))
    v = w.map((x) => x / norm)
    if (Math.abs(next - sigma) <= 1e-12 * next) return next
    sigma = next
  }
  return sigma
}

/**
 * Norms of the Jacobian products dh_T/dh_t = J_T ··· J_{t+1}, J_s = diag(act'(a_s)) W_hh, for one
 * example of a vanilla-RNN record (t = T gives the identity). The spectral norm is the largest
 * factor by which any change of h_t can be stretched on its way to h_T: the quantity Pascanu et al.
 * bound with W_hh's largest singular value. The Frobenius norm (an upper bound, cheap) is returned too.
 */
export function rnnJacobianNorms(record: RNNRecord, weightHh: Tensor, example = 0): JacobianNorms {
  const { steps: T, batch: N, hidden: H, preact, nonlinearity } = record
  if (example < 0 || example >= N)
    throw new RangeError(`rnnJacobianNorms: example ${example} is not in [0, ${N})`)
  const df = activations[nonlinearity].df
  const w = weightHh.data
  let p = new Float64Array(H * H)
  for (let i = 0; i < H; i++) p[i * H + i] = 1
  const spectral = new Array<number>(T + 1)
  const frobenius = new Array<number>(T + 1)
  const record1 = (t: number) => {
    spectral[t] = spectralNorm(p, H)
    frobenius[t] = Math.sqrt(p.reduce((s, x) => s + x * x, 0))
  }
  record1(T)
  for (let t = T; t >= 1; t--) {
    // P <- P · diag(d_t) · W_hh, with d_t the activation's slope at step t
    const base = ((t - 1) * N + example) * H
    const next = new Float64Array(H * H)
    for (let i = 0; i < H; i++) {
      for (let k = 0; k < H; k++) {
        const v = p[i * H + k] * df(preact[base + k])
        if (v === 0) continue
        for (let j = 0; j < H; j++) next[i * H + j] += v * w[k * H + j]
      }
    }
    p = next
    record1(t - 1)
  }
  return { spectral, frobenius }
}

/**
 * Each step's share of BPTT's gradient of W_hh, from a vanilla-RNN record after backward:
 * G_t = Σ_n δ_{t,n} h_{t-1,n}ᵀ with δ_t = dL/dh_t ⊙ act'(a_t), one [H, H] block per step in
 * weightHh's layout. Because W_hh is shared by every step, weightHh.grad is exactly Σ_t G_t
 * (for a run without a recurrent mask, whose h_{t-1} would be the masked state).
 */
export function rnnWeightHhContributions(record: RNNRecord): Float64Array[] {
  const { steps: T, batch: N, hidden: H, preact, h, dh, nonlinearity } = record
  if (!dh) throw new RangeError('rnnWeightHhContributions: run backward first (record.dh is null)')
  const df = activations[nonlinearity].df
  return Array.from({ length: T }, (_, t) => {
    const g = new Float64Array(H * H)
    for (let n = 0; n < N; n++) {
      const at = (t * N + n) * H
      for (let i = 0; i < H; i++) {
        const delta = dh[at + i] * df(preact[at + i])
        // h holds h_0..h_T, so h_{t-1} of step t (0-based here) starts at the same offset as a_t
        for (let j = 0; j < H; j++) g[i * H + j] += delta * h[at + j]
      }
    }
    return g
  })
}
