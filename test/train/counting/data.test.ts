import { describe, expect, it } from 'vitest'
import { Random } from '../../../src/engine/index.ts'
import {
  drawLengths,
  END,
  IGNORE_INDEX,
  LANGUAGES,
  makeExample,
  padBatch,
  predictableCount,
  START,
  symbolsOf,
} from '../../../src/train/tasks/counting/data.ts'

/** The string as text, straight from the definition: n of each letter, between the markers. */
function text(language: string, n: number): string {
  const letters = language === 'anbn' ? 'ab' : 'abc'
  return START + [...letters].map((l) => l.repeat(n)).join('') + END
}

describe('counting data', () => {
  it.each(LANGUAGES)('frames %s as next-symbol prediction over the language', (language) => {
    const symbols = symbolsOf(language)
    for (let n = 1; n <= 12; n++) {
      const e = makeExample(language, n)
      const full = text(language, n)
      expect(e.inputs.map((s) => symbols[s]).join('')).toBe(full.slice(0, -1))
      expect(e.targets.map((s) => symbols[s]).join('')).toBe(full.slice(1))
      expect(e.predictable).toHaveLength(e.inputs.length)
    }
  })

  it.each(LANGUAGES)(
    'marks as predictable exactly the symbols after the first b (%s)',
    (language) => {
      for (let n = 1; n <= 12; n++) {
        const e = makeExample(language, n)
        const full = text(language, n)
        // Step t predicts full[t + 1]; it is determined once the first b has been read.
        const firstB = full.indexOf('b')
        e.predictable.forEach((p, t) => expect(p).toBe(t + 1 > firstB))
        const after = full.length - firstB - 1
        expect(e.predictable.filter(Boolean)).toHaveLength(after)
        expect(predictableCount(language, n)).toBe(after)
      }
    },
  )

  it('refuses n that is not a whole number from 1', () => {
    for (const n of [0, -2, 1.5, NaN]) expect(() => makeExample('anbn', n)).toThrow(RangeError)
  })

  it('draws training lengths uniformly from 1..maxN, the same for the same stream', () => {
    const ns = drawLengths(new Random(5), 2000, 7)
    expect(drawLengths(new Random(5), 2000, 7)).toEqual(ns)
    expect(Math.min(...ns)).toBe(1)
    expect(Math.max(...ns)).toBe(7)
    for (let n = 1; n <= 7; n++) {
      const share = ns.filter((x) => x === n).length / ns.length
      expect(share).toBeGreaterThan(1 / 7 - 0.04)
      expect(share).toBeLessThan(1 / 7 + 0.04)
    }
  })

  it('pads a batch time-major to its longest string, ignoring targets past each end', () => {
    const examples = [2, 5, 1].map((n) => makeExample('anbncn', n))
    const b = padBatch(examples)
    expect(b.steps).toBe(3 * 5 + 1)
    expect(b.batch).toBe(3)
    expect(b.inputs).toHaveLength(b.steps * 3)
    examples.forEach((e, k) => {
      for (let t = 0; t < b.steps; t++) {
        const inside = t < e.inputs.length
        expect(b.inputs[t * 3 + k]).toBe(inside ? e.inputs[t] : symbolsOf('anbncn').indexOf(END))
        expect(b.targets[t * 3 + k]).toBe(inside ? e.targets[t] : IGNORE_INDEX)
      }
    })
  })
})
