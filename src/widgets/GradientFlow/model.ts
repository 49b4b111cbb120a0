/**
 * What the gradient-flow plot shows, asked of the engine: a recurrent matrix W_hh = σ·Q (Q a seeded
 * random orthogonal matrix, so every direction is stretched by exactly σ), the engine's BPTT norms
 * ||dh_T/dh_t|| for each distance T − t, and the engine's clipGradNorm applied to a real gradient.
 */
import {
  clipGradNorm,
  full,
  mul,
  Random,
  rnn,
  spectralNorm,
  sum,
  Tensor,
  zeros,
  type RNNNonlinearity,
} from '../../engine/index.ts'
import { gradientFlow } from '../../trace/gradientFlow.ts'
import type { FlowActivation } from './schema.ts'

/** Hidden units: big enough for a real matrix, small enough for 100 steps of power iteration. */
export const HIDDEN = 8

// The list lives with the schema, which the app loads eagerly without pulling in the engine.
export { FLOW_ACTIVATIONS, type FlowActivation } from './schema.ts'

/** One setting of the plot: everything a curve depends on. */
export interface FlowSettings {
  sigma: number
  activation: FlowActivation
  length: number
  seed: number
  /** Standard deviation of the random inputs added at every step. */
  input: number
}

/** A seeded random n x n orthogonal matrix (Gram–Schmidt on Gaussian rows), row-major. */
export function orthogonal(n: number, rng: Random): Float64Array {
  const q = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    const row = Array.from({ length: n }, () => rng.normal())
    // Two passes of subtracting earlier rows keep Q orthogonal to rounding (modified Gram–Schmidt).
    for (let pass = 0; pass < 2; pass++) {
      for (let j = 0; j < i; j++) {
        let dot = 0
        for (let k = 0; k < n; k++) dot += row[k] * q[j * n + k]
        for (let k = 0; k < n; k++) row[k] -= dot * q[j * n + k]
      }
    }
    const norm = Math.hypot(...row)
    for (let k = 0; k < n; k++) q[i * n + k] = row[k] / norm
  }
  return q
}

/** W_hh [n, n] whose largest singular value, as the engine measures it, is `sigma`. */
export function recurrentWeights(sigma: number, seed: number, n = HIDDEN): Tensor {
  const q = orthogonal(n, new Random(seed))
  const scale = sigma / spectralNorm(q, n)
  return new Tensor(
    q.map((v) => v * scale),
    [n, n],
  )
}

/**
 * How the engine runs each activation. It has no identity RNN, but with h_0 = 0 and no input every
 * tanh pre-activation is 0, where tanh′ = 1 exactly: each step's Jacobian is then W_hh alone, which
 * is what an identity activation gives (its Jacobians do not depend on the inputs at all).
 */
function engineRun(s: FlowSettings): { nonlinearity: RNNNonlinearity; inputScale: number } {
  if (s.activation === 'linear') return { nonlinearity: 'tanh', inputScale: 0 }
  return { nonlinearity: s.activation, inputScale: s.input }
}

/** One curve: norms[k] = ||dh_T/dh_{T−k}|| (spectral) for k = 0..T, and what the engine measured. */
export interface FlowCurve {
  settings: FlowSettings
  norms: number[]
  /** W_hh's largest singular value, measured by the engine. */
  measuredSigma: number
  /** The norm at the far end, k = T. */
  farEnd: number
  /** The average factor per step, farEnd^(1/T) (0 once the gradient has died). */
  perStep: number
}

/** Runs the engine's RNN forward and backward for one setting and reads off the curve. */
export function flowCurve(s: FlowSettings): FlowCurve {
  const { nonlinearity, inputScale } = engineRun(s)
  const flow = gradientFlow({
    weightHh: recurrentWeights(s.sigma, s.seed),
    nonlinearity,
    length: s.length,
    inputScale,
    seed: s.seed,
  })
  // The trace lists t = 0..T; the plot runs over the distance k = T − t.
  const norms = flow.steps.map((step) => step.jacobianSpectral).reverse()
  const farEnd = norms[s.length]
  return {
    settings: s,
    norms,
    measuredSigma: flow.largestSingularValue,
    farEnd,
    perStep: farEnd > 0 ? Math.pow(farEnd, 1 / s.length) : 0,
  }
}

/**
 * The gradient that reaches h_0, dL/dh_0 for L = u·h_T (u = (1, …, 1)/√H), from the engine's BPTT
 * on the same run as flowCurve (same weights, same seeded inputs as gradientFlow draws).
 */
export function farEndGradient(s: FlowSettings): Float64Array {
  const { nonlinearity, inputScale } = engineRun(s)
  const H = HIDDEN
  const rng = new Random(s.seed)
  const xs = zeros([s.length, 1, H])
  if (inputScale > 0) for (let k = 0; k < xs.size; k++) xs.data[k] = rng.normal(0, inputScale)
  const weightIh = zeros([H, H])
  for (let i = 0; i < H; i++) weightIh.data[i * H + i] = 1
  const h0 = zeros([1, H], { requiresGrad: true })
  const run = rnn(xs, h0, { weightIh, weightHh: recurrentWeights(s.sigma, s.seed) }, nonlinearity)
  sum(mul(run.hN, full([1, H], 1 / Math.sqrt(H)))).backward()
  return Float64Array.from(h0.grad!)
}

/** Before and after clipping one gradient by norm with the engine's clipGradNorm. */
export interface ClipResult {
  before: number[]
  after: number[]
  normBefore: number
  normAfter: number
  /** cos of the angle between before and after: 1 means the direction is unchanged. */
  cosine: number
  clipped: boolean
}

/** Clips a copy of `gradient` to `maxNorm` with the engine, the way an optimiser step would see it. */
export function clipDemo(gradient: ArrayLike<number>, maxNorm: number): ClipResult {
  const p = zeros([gradient.length], { requiresGrad: true })
  p.grad = Float64Array.from(gradient)
  const before = Array.from(p.grad)
  const normBefore = clipGradNorm([p], maxNorm)
  const after = Array.from(p.grad)
  const normAfter = Math.hypot(...after)
  const dot = before.reduce((s, v, i) => s + v * after[i], 0)
  return {
    before,
    after,
    normBefore,
    normAfter,
    cosine: normBefore > 0 && normAfter > 0 ? dot / (normBefore * normAfter) : 1,
    clipped: normAfter < normBefore,
  }
}
