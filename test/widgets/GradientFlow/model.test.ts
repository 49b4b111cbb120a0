import { describe, expect, it } from 'vitest'
import { matmul, Random, spectralNorm, Tensor } from '../../../src/engine/index.ts'
import { gradientFlow } from '../../../src/trace/gradientFlow.ts'
import {
  clipDemo,
  farEndGradient,
  flowCurve,
  HIDDEN,
  orthogonal,
  recurrentWeights,
  type FlowSettings,
} from '../../../src/widgets/GradientFlow/model.ts'

const base: FlowSettings = { sigma: 0.9, activation: 'linear', length: 30, seed: 1, input: 1 }
const close = (a: number, b: number, rel: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(Math.abs(a), Math.abs(b), 1e-300))

describe('recurrentWeights', () => {
  it('builds an orthogonal Q: Q Qᵀ is the identity', () => {
    const n = HIDDEN
    const q = orthogonal(n, new Random(3))
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let dot = 0
        for (let k = 0; k < n; k++) dot += q[i * n + k] * q[j * n + k]
        expect(dot).toBeCloseTo(i === j ? 1 : 0, 12)
      }
  })

  it.each([0.5, 0.73, 1, 1.2, 1.5])('has largest singular value %s (engine-measured)', (sigma) => {
    for (const seed of [0, 1, 42]) {
      const w = recurrentWeights(sigma, seed)
      expect(Math.abs(spectralNorm(w.data, HIDDEN) - sigma)).toBeLessThan(1e-9)
    }
  })

  it('gives different matrices for different seeds and the same for the same seed', () => {
    expect(recurrentWeights(1, 1).data).toEqual(recurrentWeights(1, 1).data)
    expect(recurrentWeights(1, 1).data).not.toEqual(recurrentWeights(1, 2).data)
  })
})

describe('flowCurve', () => {
  it('is σ^k for a linear activation: W_hh = σQ, so k steps multiply by σ^k Q^k and ||Q^k|| = 1', () => {
    for (const sigma of [0.8, 1, 1.15]) {
      const curve = flowCurve({ ...base, sigma })
      expect(curve.norms).toHaveLength(base.length + 1)
      curve.norms.forEach((v, k) => close(v, sigma ** k, 1e-9))
      close(curve.measuredSigma, sigma, 1e-9)
      close(curve.perStep, sigma, 1e-9)
    }
  })

  it('agrees with the norm of the matrix power W^k computed with the engine matmul', () => {
    const w = recurrentWeights(1.1, 5)
    let p: Tensor = w
    const curve = flowCurve({ ...base, sigma: 1.1, seed: 5, length: 12 })
    for (let k = 1; k <= 12; k++) {
      close(curve.norms[k], spectralNorm(p.data, HIDDEN), 1e-9)
      p = matmul(p, w)
    }
  })

  it('falls for σ < 1 and rises for σ > 1 with a linear activation', () => {
    const falling = flowCurve({ ...base, sigma: 0.95 }).norms
    const rising = flowCurve({ ...base, sigma: 1.05 }).norms
    for (let k = 1; k <= base.length; k++) {
      expect(falling[k]).toBeLessThan(falling[k - 1])
      expect(rising[k]).toBeGreaterThan(rising[k - 1])
    }
  })

  it('never exceeds σ^k with tanh, whose slope is at most 1, and saturating inputs make it smaller', () => {
    const curve = flowCurve({ ...base, activation: 'tanh', sigma: 1.3, input: 2 })
    curve.norms.forEach((v, k) => expect(v).toBeLessThanOrEqual(1.3 ** k * (1 + 1e-9)))
    expect(curve.farEnd).toBeLessThan(1.3 ** base.length / 1e3)
  })

  it('vanishes with sigmoid even for σ = 1.5: each step is at most σ/4 < 1', () => {
    const curve = flowCurve({ ...base, activation: 'sigmoid', sigma: 1.5 })
    curve.norms.forEach((v, k) => expect(v).toBeLessThanOrEqual((1.5 / 4) ** k * (1 + 1e-9)))
  })

  it('dies with ReLU when no input reaches the units (slope 0 at 0)', () => {
    const curve = flowCurve({ ...base, activation: 'relu', input: 0 })
    expect(curve.farEnd).toBe(0)
    expect(curve.perStep).toBe(0)
  })
})

describe('farEndGradient and clipDemo', () => {
  it('is the gradient the trace reports at h_0 (same run, same seeded inputs)', () => {
    for (const activation of ['linear', 'tanh', 'relu', 'sigmoid'] as const) {
      const s = { ...base, activation, sigma: 1.2 }
      const g = farEndGradient(s)
      const flow = gradientFlow({
        weightHh: recurrentWeights(s.sigma, s.seed),
        nonlinearity: activation === 'linear' ? 'tanh' : activation,
        length: s.length,
        inputScale: activation === 'linear' ? 0 : s.input,
        seed: s.seed,
      })
      close(Math.hypot(...g), flow.steps[0].gradNorm, 1e-12)
    }
    // Linear: u has norm 1 and σQ stretches it by σ at every step.
    close(Math.hypot(...farEndGradient({ ...base, sigma: 1.2 })), 1.2 ** base.length, 1e-9)
  })

  it('caps the length at maxNorm and keeps the direction', () => {
    const g = farEndGradient({ ...base, sigma: 1.3 })
    const r = clipDemo(g, 5)
    expect(r.clipped).toBe(true)
    close(r.normBefore, Math.hypot(...g), 1e-12)
    close(r.normAfter, 5, 1e-6)
    close(r.cosine, 1, 1e-12)
    const factor = r.after[0] / r.before[0]
    r.after.forEach((v, i) => close(v, factor * r.before[i], 1e-12))
    expect(Array.from(g)).toEqual(r.before) // the input is not modified
  })

  it('leaves a gradient already within the limit alone', () => {
    const g = farEndGradient({ ...base, sigma: 0.8 })
    const r = clipDemo(g, 5)
    expect(r.clipped).toBe(false)
    expect(r.after).toEqual(r.before)
  })
})
