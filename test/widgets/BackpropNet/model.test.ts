import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../../src/lesson/format.ts'
import { phaseErratum, runNet, type NetModel } from '../../../src/widgets/BackpropNet/model.ts'
import {
  DECK_NET,
  isDeckNet,
  randomNet,
  type NetInputs,
} from '../../../src/widgets/BackpropNet/presets.ts'
import { PHASES } from '../../../src/widgets/BackpropNet/schema.ts'

// The network by its definition, in plain loops: s1 = xΘ1, h1 = σ(s1), s2 = h1Θ2, ŷ = σ(s2).
const sig = (z: number) => 1 / (1 + Math.exp(-z))
function direct({ x, W1, W2, y }: NetInputs) {
  const s1 = W1[0].map((_, j) => x.reduce((s, xi, i) => s + xi * W1[i][j], 0))
  const h1 = s1.map(sig)
  const s2 = W2[0].map((_, k) => h1.reduce((s, hj, j) => s + hj * W2[j][k], 0))
  const yhat = s2.map(sig)
  const loss = 0.5 * yhat.reduce((s, v, k) => s + (y[k] - v) ** 2, 0)
  return { s1, h1, s2, yhat, loss }
}

// Central differences of the loss in one weight.
function numericGrad(g: NetInputs, which: 'W1' | 'W2', r: number, c: number, h = 1e-6) {
  const at = (d: number) => {
    const W = g[which].map((row) => [...row])
    W[r][c] += d
    return direct({ ...g, [which]: W }).loss
  }
  return (at(h) - at(-h)) / (2 * h)
}

const modelOf = (g: NetInputs, lr = 1): NetModel => {
  const result = runNet(g, lr)
  if (!result.model) throw new Error(result.error)
  return result.model
}

const cases: Array<[string, NetInputs]> = [
  ['the deck', DECK_NET],
  ['random 3-4-2', randomNet(7, 3, 4, 2)],
  ['random 1-1-1', randomNet(3, 1, 1, 1)],
  ['random 2-3-1', randomNet(42, 2, 3, 1)],
]

describe('BackpropNet model', () => {
  it.each(cases)('%s: the forward pass equals a direct computation', (_, g) => {
    const m = modelOf(g)
    const d = direct(g)
    for (const key of ['s1', 'h1', 's2', 'yhat'] as const)
      m.forward[key].forEach((v, i) => expect(v).toBeCloseTo(d[key][i], 14))
    expect(m.forward.loss).toBeCloseTo(d.loss, 14)
  })

  it.each(cases)('%s: autograd equals the hand chain rule and finite differences', (_, g) => {
    const m = modelOf(g)
    expect(m.agreement).toBeLessThan(1e-14)
    for (const which of ['W1', 'W2'] as const) {
      const grad = which === 'W1' ? m.grads.gradW1 : m.grads.gradW2
      grad.forEach((row, r) =>
        row.forEach((v, c) => {
          const numeric = numericGrad(g, which, r, c)
          expect(Math.abs(v - numeric)).toBeLessThan(1e-8 + 1e-6 * Math.abs(numeric))
        }),
      )
    }
    // δ₂ by its definition: (ŷ − y) σ′(s₂), with σ′ = σ(1 − σ) from the direct forward pass.
    const d = direct(g)
    m.grads.delta2.forEach((v, k) =>
      expect(v).toBeCloseTo((d.yhat[k] - g.y[k]) * d.yhat[k] * (1 - d.yhat[k]), 14),
    )
  })

  it.each(cases)('%s: one step with a small learning rate lowers the loss', (_, g) => {
    const m = modelOf(g, 0.05)
    expect(m.after.loss).toBeLessThan(m.forward.loss)
    // The update is Θ − γ ∂E/∂Θ, and the loss after it is the direct forward pass of the new Θ.
    m.W1.forEach((row, r) =>
      row.forEach((v, c) => expect(v).toBeCloseTo(g.W1[r][c] - 0.05 * m.grads.gradW1[r][c], 15)),
    )
    expect(m.after.loss).toBeCloseTo(direct({ ...g, W1: m.W1, W2: m.W2 }).loss, 14)
  })

  it('the deck’s step with γ = 1 lowers the loss too, and γ = 0 changes nothing', () => {
    const m = modelOf(DECK_NET, 1)
    expect(m.after.loss).toBeLessThan(m.forward.loss)
    const still = modelOf(DECK_NET, 0)
    expect(still.W2).toEqual(DECK_NET.W2)
    expect(still.after.loss).toBe(still.forward.loss)
  })

  it('a larger step can end higher: target 0.5, γ = 20 against γ = 10 (the lesson says so)', () => {
    const g = { ...DECK_NET, y: [0.5] }
    expect(modelOf(g, 20).after.loss).toBeGreaterThan(modelOf(g, 10).after.loss)
  })

  it('the gradient signal shrinks through the sigmoid layer: every σ′ is at most 1/4', () => {
    for (const [, g] of cases) {
      const m = modelOf(g)
      for (const s of [...m.slope1, ...m.slope2]) expect(s).toBeLessThanOrEqual(0.25)
      const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0))
      expect(m.shrink).toBeCloseTo(norm(m.grads.delta1) / norm(m.grads.delta2), 12)
    }
  })

  it('the engine’s record of the slide’s slips matches what the model computes', () => {
    const m = modelOf(DECK_NET)
    const text = (phase: (typeof PHASES)[number]['id']) => phaseErratum(phase)?.correct ?? ''
    const four = (v: number) => formatNumber(v, 4).replace('−', '-')
    for (const v of m.forward.h1) expect(text('layer1')).toContain(four(v))
    expect(text('layer2')).toContain(four(m.forward.yhat[0]))
    expect(text('loss')).toContain(four(m.forward.loss))
    expect(text('delta2')).toContain(four(m.grads.dYhat[0]))
    for (const [v] of m.grads.gradW2) expect(text('gradW2')).toContain(four(v))
    for (const [v] of m.W2) expect(text('update')).toContain(four(v))
    expect(phaseErratum('after')).toBeUndefined()
  })

  it('random presets follow the sizes and the seed; the deck preset is recognised', () => {
    const g = randomNet(5, 3, 4, 2)
    expect([
      g.x.length,
      g.W1.length,
      g.W1[0].length,
      g.W2.length,
      g.W2[0].length,
      g.y.length,
    ]).toEqual([3, 3, 4, 4, 2, 2])
    expect(randomNet(5, 3, 4, 2)).toEqual(g)
    expect(randomNet(6, 3, 4, 2)).not.toEqual(g)
    expect(isDeckNet(structuredClone(DECK_NET))).toBe(true)
    expect(isDeckNet({ ...DECK_NET, y: [0.5] })).toBe(false)
  })

  it('explains instead of throwing when a given is not finite', () => {
    const result = runNet({ ...DECK_NET, x: [NaN, 1] }, 1)
    expect(result.model).toBeNull()
    expect(result.error).toMatch(/finite|NaN/i)
  })
})
