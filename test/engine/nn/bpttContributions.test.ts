/** Per-step contributions to dL/dW_hh: each is δ_t h_{t-1}ᵀ, and together they are autograd's gradient. */
import { describe, expect, it } from 'vitest'
import { rnnWeightHhContributions } from '../../../src/engine/nn/bptt.ts'
import { rnn } from '../../../src/engine/nn/rnnFused.ts'
import { mul, sum } from '../../../src/engine/index.ts'
import { Random } from '../../../src/engine/random.ts'
import { maxDiff, randn, weights } from './helpers.ts'

function setup(seed: number, T = 4, N = 2, I = 3, H = 3) {
  const rng = new Random(seed)
  const w = weights(rng, I, H, 1)
  w.weightHh.requiresGrad = true
  const x = randn(rng, [T, N, I])
  const h0 = randn(rng, [N, H])
  const probe = randn(rng, [T, N, H]) // a loss Σ probe ⊙ h_t reaches every step through its output
  const run = rnn(x, h0, w)
  sum(mul(run.output, probe)).backward()
  return { w, run, T, N, H }
}

describe('rnnWeightHhContributions', () => {
  it('sums over the steps to autograd’s gradient of W_hh', () => {
    for (const seed of [1, 2, 3]) {
      const { w, run, H } = setup(seed)
      const parts = rnnWeightHhContributions(run.record)
      const total = new Float64Array(H * H)
      for (const g of parts) g.forEach((v, k) => (total[k] += v))
      expect(maxDiff(total, w.weightHh.grad!)).toBeLessThan(1e-12)
    }
  })

  it('gives each step δ_t h_{t-1}ᵀ from the record, summed over the batch', () => {
    const { run, T, N, H } = setup(5)
    const { preact, h, dh } = run.record
    const parts = rnnWeightHhContributions(run.record)
    expect(parts).toHaveLength(T)
    for (let t = 0; t < T; t++) {
      for (let i = 0; i < H; i++) {
        for (let j = 0; j < H; j++) {
          let expected = 0
          for (let n = 0; n < N; n++) {
            const at = (t * N + n) * H
            const slope = 1 - Math.tanh(preact[at + i]) ** 2
            expected += dh![at + i] * slope * h[at + j]
          }
          expect(parts[t][i * H + j]).toBeCloseTo(expected, 12)
        }
      }
    }
  })

  it('refuses a record without a backward pass', () => {
    const rng = new Random(9)
    const run = rnn(randn(rng, [2, 1, 2]), null, weights(rng, 2, 2, 1))
    expect(() => rnnWeightHhContributions(run.record)).toThrow(/run backward first/)
  })
})
