/**
 * Gradient flow through a vanilla RNN for the exploding/vanishing plots: for a given W_hh,
 * activation and length, run the engine forward and backward and report per step how large the
 * gradient of a fixed readout of h_T is, and the norms of the Jacobian products dh_T/dh_t.
 */
import { rnnJacobianNorms, spectralNorm } from '../engine/nn/bptt.ts'
import { rnn, type RNNNonlinearity } from '../engine/nn/rnnFused.ts'
import { mul } from '../engine/ops/elementwise.ts'
import { sum } from '../engine/ops/reduce.ts'
import { Random } from '../engine/random.ts'
import { full, showShape, Tensor, zeros } from '../engine/tensor.ts'

/** What to run: W_hh [H, H], the activation, the length T and optional start state and inputs. */
export interface GradientFlowOptions {
  weightHh: Tensor | readonly (readonly number[])[]
  nonlinearity?: RNNNonlinearity
  length: number
  /** h_0 (zeros by default, which keeps tanh in its linear regime when there is no input). */
  h0?: readonly number[]
  /** Standard deviation of N(0, σ²) inputs added to the pre-activation each step (0: none). */
  inputScale?: number
  seed?: number
}

/** Norms at step t = 0..T (t = T is the readout step itself). */
export interface GradientFlowStep {
  t: number
  /** ||dL/dh_t|| for L = u·h_T with u = (1, ..., 1)/√H, so the value at t = T is exactly 1. */
  gradNorm: number
  /** Largest singular value of dh_T/dh_t: how much any change of h_t can grow by step T. */
  jacobianSpectral: number
  /** Frobenius norm of dh_T/dh_t (an upper bound of the spectral norm). */
  jacobianFrobenius: number
}

/** Per-step norms, plus W_hh's largest singular value (> 1 can explode, < 1 vanishes). */
export interface GradientFlow {
  steps: GradientFlowStep[]
  largestSingularValue: number
}

/** Runs the engine's RNN and BPTT for the given W_hh and reports the gradient norms per step. */
export function gradientFlow(options: GradientFlowOptions): GradientFlow {
  const { nonlinearity = 'tanh', length: T, inputScale = 0, seed = 0 } = options
  const w =
    options.weightHh instanceof Tensor
      ? options.weightHh.detach()
      : new Tensor(options.weightHh.flat(), [
          options.weightHh.length,
          options.weightHh[0]?.length ?? 0,
        ])
  if (w.ndim !== 2 || w.shape[0] !== w.shape[1] || w.shape[0] < 1) {
    throw new RangeError(
      `gradientFlow: weightHh must be a non-empty square matrix, got ${showShape(w.shape)}`,
    )
  }
  if (!Number.isInteger(T) || T < 1)
    throw new RangeError(`gradientFlow: length must be a positive integer, got ${T}`)
  const H = w.shape[0]
  const rng = new Random(seed)
  const xs = zeros([T, 1, H])
  if (inputScale > 0) for (let k = 0; k < xs.size; k++) xs.data[k] = rng.normal(0, inputScale)
  // identity W_ih: each input adds straight onto the pre-activation
  const weightIh = zeros([H, H])
  for (let i = 0; i < H; i++) weightIh.data[i * H + i] = 1
  const h0 = new Tensor(options.h0 ? [...options.h0] : new Float64Array(H), [1, H], {
    requiresGrad: true,
  })
  if (h0.size !== H) throw new RangeError(`gradientFlow: h0 has ${h0.size} values for H = ${H}`)
  const run = rnn(xs, h0, { weightIh, weightHh: w }, nonlinearity)
  sum(mul(run.hN, full([1, H], 1 / Math.sqrt(H)))).backward()
  const dh = run.record.dh!
  const jac = rnnJacobianNorms(run.record, w)
  const norm = (values: ArrayLike<number>) =>
    Math.sqrt(Array.from(values).reduce((s, v) => s + v * v, 0))
  const steps = Array.from({ length: T + 1 }, (_, t) => ({
    t,
    gradNorm: t === 0 ? norm(h0.grad!) : norm(dh.subarray((t - 1) * H, t * H)),
    jacobianSpectral: jac.spectral[t],
    jacobianFrobenius: jac.frobenius[t],
  }))
  return { steps, largestSingularValue: spectralNorm(w.data, H) }
}
