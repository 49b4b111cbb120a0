import { describe, expect, it } from 'vitest'
import { Random } from '../../../src/engine/index.ts'
import { drawRecall, queryToken } from '../../../src/train/tasks/long-memory/data.ts'
import { delaysUpTo } from '../../../src/train/tasks/long-memory/meta.ts'

describe('long-memory data', () => {
  it('builds k + 2 steps: the symbol, k distractors, the query mark; the answer is the first', () => {
    for (const k of [1, 2, 8, 32]) {
      const b = drawRecall(new Random(k), 4, k, 6)
      expect(b.steps).toBe(k + 2)
      expect(b.tokens.length).toBe((k + 2) * 6)
      for (let n = 0; n < 6; n++) {
        const seq = Array.from({ length: b.steps }, (_, t) => b.tokens[t * 6 + n])
        expect(b.targets[n]).toBe(seq[0])
        expect(seq[k + 1]).toBe(queryToken(4))
        expect(seq.slice(0, k + 1).every((s) => s >= 0 && s < 4)).toBe(true)
      }
    }
  })

  it('draws every symbol about equally often as the answer', () => {
    const b = drawRecall(new Random(9), 4, 2, 4000)
    for (let s = 0; s < 4; s++) {
      const share = b.targets.filter((t) => t === s).length / 4000
      expect(share).toBeGreaterThan(0.22)
      expect(share).toBeLessThan(0.28)
    }
  })

  it('the distractors carry no information about the answer', () => {
    // If the last distractor predicted the first symbol, a model could cheat by repeating it.
    const b = drawRecall(new Random(4), 3, 5, 6000)
    const same = b.targets.filter((t, n) => b.tokens[5 * 6000 + n] === t).length / 6000
    expect(Math.abs(same - 1 / 3)).toBeLessThan(0.03)
  })

  it('doubles the delay from 2 up to the longest', () => {
    expect(delaysUpTo(32)).toEqual([2, 4, 8, 16, 32])
    expect(delaysUpTo(8)).toEqual([2, 4, 8])
  })
})
