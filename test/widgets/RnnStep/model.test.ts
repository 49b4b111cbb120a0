import { describe, expect, it } from 'vitest'
import { errata } from '../../../src/engine/index.ts'
import { deckErratum, stepModel } from '../../../src/widgets/RnnStep/model.ts'
import {
  DECK_STEP,
  isDeckStep,
  randomStep,
  type StepInputs,
} from '../../../src/widgets/RnnStep/presets.ts'

// The definition, written out with plain arithmetic so the model is checked against the maths.
function byHand({ h, x, W, b }: StepInputs) {
  const c = [...h, ...x]
  const z = W[0].map((_, j) => c.reduce((s, ci, i) => s + ci * W[i][j], 0))
  const a = z.map((v, j) => v + b[j])
  return { c, z, a, ht: a.map(Math.tanh) }
}

describe('stepModel', () => {
  it('computes the slide’s step: concatenation, every product, a and h_t', () => {
    const m = stepModel(DECK_STEP)
    const e = byHand(DECK_STEP)
    expect(m.concat).toEqual(e.c)
    DECK_STEP.W.forEach((row, i) =>
      row.forEach((w, j) => expect(m.products[i][j]).toBe(e.c[i] * w)),
    )
    expect(m.z).toEqual(e.z)
    expect(m.preact).toEqual(e.a)
    m.h.forEach((v, j) => expect(v).toBeCloseTo(e.ht[j], 14))
  })

  it('gives the same pre-activation and h_t by the split form and by RNNCell', () => {
    for (const seed of [1, 2, 3, 42]) {
      const given = randomStep(seed, 3, 2)
      const m = stepModel(given)
      const e = byHand(given)
      const hPart = e.z.map((_, j) => given.h.reduce((s, v, i) => s + v * given.W[i][j], 0))
      const xPart = e.z.map((_, j) => given.x.reduce((s, v, i) => s + v * given.W[3 + i][j], 0))
      m.split.hPart.forEach((v, j) => expect(v).toBeCloseTo(hPart[j], 12))
      m.split.xPart.forEach((v, j) => expect(v).toBeCloseTo(xPart[j], 12))
      m.split.preact.forEach((v, j) => expect(v).toBeCloseTo(e.a[j], 12))
      m.split.h.forEach((v, j) => expect(v).toBeCloseTo(e.ht[j], 12))
      expect(m.split.maxDiff).toBeLessThan(1e-12)
    }
  })

  it('handles H = 1 and D = 3', () => {
    const given = randomStep(5, 1, 3)
    expect(given.W).toHaveLength(4)
    const m = stepModel(given)
    expect(m.h).toHaveLength(1)
    expect(m.h[0]).toBeCloseTo(byHand(given).ht[0], 14)
  })
})

describe('the slide’s slip', () => {
  it('is read from the engine’s errata, and the engine’s product differs from what was printed', () => {
    expect(deckErratum).toBe(errata.find((e) => e.where.startsWith('A simple forward pass')))
    const m = stepModel(DECK_STEP)
    // The slide prints 1.8 for the second entry; the printed string is parsed, not retyped here.
    const printed = /= \(([^)]*)\)/.exec(deckErratum!.printed)![1].split(',').map(Number)
    expect(printed[0]).toBe(m.z[0])
    expect(printed[1]).not.toBe(m.z[1])
    expect(deckErratum!.correct).toContain(`(${m.z.join(', ')})`)
  })

  it('applies only while the givens are the slide’s', () => {
    expect(isDeckStep(DECK_STEP)).toBe(true)
    expect(isDeckStep({ ...DECK_STEP, b: [0, 0.1] })).toBe(false)
  })
})

describe('randomStep', () => {
  it('is reproducible from its seed, in tenths, with W of shape (H + D) x H', () => {
    const a = randomStep(7, 2, 3)
    expect(randomStep(7, 2, 3)).toEqual(a)
    expect(randomStep(8, 2, 3)).not.toEqual(a)
    expect(a.W).toHaveLength(5)
    a.W.forEach((r) => expect(r).toHaveLength(2))
    for (const v of [...a.h, ...a.x, ...a.b, ...a.W.flat()]) {
      expect(Math.abs(v * 10 - Math.round(v * 10))).toBeLessThan(1e-9)
    }
  })
})
