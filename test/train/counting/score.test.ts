import { describe, expect, it } from 'vitest'
import { makeExample } from '../../../src/train/tasks/counting/data.ts'
import { argmax, scoreBatch, stringAccuracy } from '../../../src/train/tasks/counting/score.ts'

const V = 4

/** Logits [T·N, V] that put the largest value on `choose(t, b)` at every step. */
function logitsFor(T: number, N: number, choose: (t: number, b: number) => number): number[] {
  const out = new Array<number>(T * N * V).fill(0)
  for (let t = 0; t < T; t++) for (let b = 0; b < N; b++) out[(t * N + b) * V + choose(t, b)] = 1
  return out
}

describe('counting scores', () => {
  const examples = [3, 2].map((n) => makeExample('anbn', n))
  const T = 7
  const truth = (t: number, b: number) => examples[b].targets[t] ?? 0

  it('finds the largest entry of a row, the first on ties', () => {
    expect(argmax([0, 3, 1, 3], 0, 4)).toBe(1)
    expect(argmax([9, 9, 0, 2, 5], 2, 3)).toBe(2)
  })

  it('counts a string right when every predictable step is right', () => {
    const scores = scoreBatch(logitsFor(T, 2, truth), V, examples)
    expect(scores.map((s) => [s.correct, s.right, s.total])).toEqual([
      [true, 3, 3],
      [true, 2, 2],
    ])
    expect(stringAccuracy(scores)).toBe(1)
  })

  it('ignores mistakes where the next symbol is not determined yet', () => {
    // Step 1 of the first string reads an a: "a" or "b" may follow, so a wrong guess there is free.
    const logits = logitsFor(T, 2, (t, b) => (t === 1 && b === 0 ? 3 : truth(t, b)))
    expect(stringAccuracy(scoreBatch(logits, V, examples))).toBe(1)
  })

  it('fails a string on one wrong predictable step', () => {
    // Step 5 of the first string has read a a a b b and must predict the last b.
    const logits = logitsFor(T, 2, (t, b) => (t === 5 && b === 0 ? 3 : truth(t, b)))
    const [first, second] = scoreBatch(logits, V, examples)
    expect(first).toMatchObject({ correct: false, right: 2, total: 3 })
    expect(second.correct).toBe(true)
    expect(stringAccuracy([first, second])).toBe(0.5)
  })
})
