/** gradientFlow: gradient and Jacobian norms per step, against closed forms in the linear regime. */
import { describe, expect, it } from 'vitest'
import { gradientFlow } from '../../src/trace/gradientFlow.ts'

describe('gradientFlow', () => {
  it('diagonal W_hh, tanh at h = 0 and no input: ||dL/dh_t|| and ||dh_T/dh_t|| are powers of the diagonal', () => {
    const flow = gradientFlow({
      weightHh: [
        [1.2, 0],
        [0, 0.5],
      ],
      length: 8,
    })
    expect(flow.largestSingularValue).toBeCloseTo(1.2, 12)
    flow.steps.forEach(({ t, gradNorm, jacobianSpectral, jacobianFrobenius }) => {
      const k = 8 - t
      // L = (h1 + h2)/√2, so dL/dh_t = (1.2^k, 0.5^k)/√2
      expect(gradNorm).toBeCloseTo(Math.hypot(1.2 ** k, 0.5 ** k) / Math.SQRT2, 10)
      expect(jacobianSpectral).toBeCloseTo(1.2 ** k, 10)
      expect(jacobianFrobenius).toBeCloseTo(Math.hypot(1.2 ** k, 0.5 ** k), 10)
    })
  })
  it('largest singular value < 1 vanishes, > 1 explodes in the linear regime; saturating tanh tames explosion', () => {
    const rot = (s: number) => [
      [0, -s],
      [s, 0],
    ]
    const vanish = gradientFlow({ weightHh: rot(0.8), length: 20 })
    const explode = gradientFlow({ weightHh: rot(1.25), length: 20 })
    expect(vanish.steps[0].gradNorm).toBeLessThan(0.8 ** 19)
    expect(explode.steps[0].gradNorm).toBeGreaterThan(1.25 ** 19)
    const saturated = gradientFlow({
      weightHh: rot(1.25),
      length: 20,
      h0: [3, -3],
      inputScale: 2,
      seed: 1,
    })
    expect(saturated.steps[0].gradNorm).toBeLessThan(explode.steps[0].gradNorm)
    saturated.steps.forEach((s) =>
      expect(s.gradNorm).toBeLessThanOrEqual(s.jacobianSpectral * 1.0000001),
    )
  })
  it('relu and sigmoid are accepted; bad sizes are refused', () => {
    expect(
      gradientFlow({ weightHh: [[0.5]], nonlinearity: 'sigmoid', length: 3 }).steps,
    ).toHaveLength(4)
    expect(
      gradientFlow({ weightHh: [[2]], nonlinearity: 'relu', length: 3, h0: [1] }).steps[0].gradNorm,
    ).toBeCloseTo(8, 12)
    expect(() => gradientFlow({ weightHh: [[1, 2]], length: 3 })).toThrow(/square matrix/)
    expect(() => gradientFlow({ weightHh: [[1]], length: 0 })).toThrow(
      /length must be a positive integer/,
    )
  })
})
