import { describe, expect, it } from 'vitest'
import {
  charWeights,
  parseWord,
  topChoice,
  unroll,
  VOCAB,
} from '../../../src/widgets/RnnUnroller/model.ts'
import { unrollLayout } from '../../../src/widgets/RnnUnroller/layout.ts'

// The char-RNN by its definition, in plain arithmetic over the same seeded weights.
function byHand(word: string, hidden: number, seed: number) {
  const w = charWeights(hidden, seed)
  const Wih = w.weightIh.toArray() as number[][]
  const Whh = w.weightHh.toArray() as number[][]
  const Why = w.weightHy.toArray() as number[][]
  let h = Array(hidden).fill(0)
  return [...word].map((c) => {
    const k = VOCAB.indexOf(c as 'h')
    const a = Wih.map((row, i) => row[k] + Whh[i].reduce((s, wij, j) => s + wij * h[j], 0))
    h = a.map(Math.tanh)
    const y = Why.map((row) => row.reduce((s, wv, j) => s + wv * h[j], 0))
    const z = y.reduce((s, v) => s + Math.exp(v), 0)
    return { a, h, y, p: y.map((v) => Math.exp(v) / z) }
  })
}

describe('unroll', () => {
  it('matches the RNN equation, readout and softmax step by step on "hello"', () => {
    const run = unroll('hello', 3, 1)
    const expected = byHand('hello', 3, 1)
    expect(run.steps.map((s) => s.char).join('')).toBe('hello')
    expect(run.steps.map((s) => s.next)).toEqual(['e', 'l', 'l', 'o', null])
    run.steps.forEach((s, t) => {
      const e = expected[t]
      s.preact.forEach((v, i) => expect(v).toBeCloseTo(e.a[i], 12))
      s.h.forEach((v, i) => expect(v).toBeCloseTo(e.h[i], 12))
      s.logits.forEach((v, i) => expect(v).toBeCloseTo(e.y[i], 12))
      s.probs.forEach((v, i) => expect(v).toBeCloseTo(e.p[i], 12))
      // The two parts of the pre-activation add up to it (biases are zero).
      s.preact.forEach((v, i) => expect(s.xPart[i] + s.hPart[i]).toBeCloseTo(v, 12))
      expect(s.hPrev).toEqual(t === 0 ? [0, 0, 0] : run.steps[t - 1].h)
      expect(s.oneHot).toEqual(VOCAB.map((c) => (c === s.char ? 1 : 0)))
    })
  })

  it('gives the two l’s the same input but different states', () => {
    const [, , l1, l2] = unroll('hello', 4, 7).steps
    expect(l1.xPart).toEqual(l2.xPart)
    expect(l1.h).not.toEqual(l2.h)
  })

  it('draws the same weights from the same seed, and others from another seed', () => {
    expect(unroll('hell', 3, 5)).toEqual(unroll('hell', 3, 5))
    expect(unroll('hell', 3, 6).steps[0].h).not.toEqual(unroll('hell', 3, 5).steps[0].h)
  })

  it('names the most probable next character', () => {
    const step = unroll('ho', 2, 3).steps[0]
    const best = step.probs.indexOf(Math.max(...step.probs))
    expect(topChoice(step)).toEqual({ char: VOCAB[best], p: step.probs[best] })
  })
})

describe('parseWord', () => {
  it('accepts words over h, e, l, o, lower-cased and trimmed', () => {
    expect(parseWord(' HeLLo ')).toEqual({ ok: true, word: 'hello' })
  })

  it('refuses other characters, empty text and long words, saying why', () => {
    expect(parseWord('help')).toEqual({
      ok: false,
      message: '“p” is not in the vocabulary: use only h, e, l and o.',
    })
    expect(parseWord('he lo')).toMatchObject({
      ok: false,
      message: expect.stringContaining('a space'),
    })
    expect(parseWord('')).toMatchObject({ ok: false })
    expect(parseWord('hellohello')).toMatchObject({ ok: false, message: 'At most 8 characters.' })
  })
})

describe('unrollLayout', () => {
  it('puts one column per step left to right, marks the focus and fades later steps', () => {
    const run = unroll('hello', 3, 1)
    const layout = unrollLayout(run, 3)
    expect(layout.columns.map((c) => c.state)).toEqual([
      'done',
      'done',
      'current',
      'future',
      'future',
    ])
    layout.columns.forEach((c, k) => {
      if (k > 0)
        expect(c.x).toBeGreaterThan(layout.columns[k - 1].box.x + layout.columns[k - 1].box.width)
      // The shared W_hh thumbnail is identical in every column, up to its position.
      expect(c.weights.map((s) => s.value)).toEqual(run.weightHh.flat())
      expect(c.hidden.map((s) => s.value)).toEqual(run.steps[k].h)
    })
    expect(layout.columns.at(-1)!.box.x + layout.columns.at(-1)!.box.width).toBeLessThan(
      layout.width,
    )
  })

  it('draws bar heights in proportion to the probabilities and marks the real next letter', () => {
    const run = unroll('hello', 3, 1)
    const col = unrollLayout(run, 1).columns[0]
    const full = col.bars[0].height / run.steps[0].probs[0]
    col.bars.forEach((b, v) => expect(b.height).toBeCloseTo(full * run.steps[0].probs[v], 9))
    expect(col.bars.filter((b) => b.isNext).map((b) => b.char)).toEqual(['e'])
    const total = col.bars.reduce((s, b) => s + b.height, 0)
    expect(total).toBeCloseTo(full, 9)
  })
})
