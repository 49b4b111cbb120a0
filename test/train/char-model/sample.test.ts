import { describe, expect, it } from 'vitest'
import { Random } from '../../../src/engine/index.ts'
import type { NextAnswer, SampleAnswer } from '../../../src/train/tasks/char-model/queries.ts'
import {
  draw,
  readPrime,
  temperatureProbabilities,
} from '../../../src/train/tasks/char-model/sample.ts'
import { charModel, charTrainer } from './helpers.ts'

describe('char-model sampling', () => {
  it('divides logits by the temperature before the softmax, greedy at 0', () => {
    const logits = [1, 3, 2]
    const direct = (t: number) => {
      const e = logits.map((v) => Math.exp(v / t))
      return e.map((v) => v / e.reduce((s, x) => s + x, 0))
    }
    for (const t of [0.5, 1, 2]) {
      temperatureProbabilities(logits, t).forEach((p, i) => expect(p).toBeCloseTo(direct(t)[i], 12))
    }
    expect(temperatureProbabilities(logits, 0)).toEqual([0, 1, 0])
  })

  it('draws indices with the given frequencies', () => {
    const rng = new Random(9)
    const counts = [0, 0, 0]
    for (let k = 0; k < 20_000; k++) counts[draw([0.2, 0.5, 0.3], rng)]++
    expect(counts.map((c) => c / 20_000)).toEqual([
      expect.closeTo(0.2, 1),
      expect.closeTo(0.5, 1),
      expect.closeTo(0.3, 1),
    ])
  })

  it('skips and reports characters of the prime outside the vocabulary', () => {
    expect(readPrime('hex!lo', ['e', 'h', 'l', 'o'], 1)).toEqual({
      tokens: [1, 0, 2, 3],
      unknown: ['x', '!'],
      defaulted: false,
    })
    expect(readPrime('xyz', ['e', 'h'], 1)).toEqual({
      tokens: [1],
      unknown: ['x', 'y', 'z'],
      defaulted: true,
    })
    expect(readPrime(42, ['e'], 0)).toEqual({ tokens: [0], unknown: [], defaulted: true })
  })

  it('answers a prime full of unknown characters instead of failing', async () => {
    const { model } = await charModel({ corpus: 'hello' })
    const answer = model.inspect(
      { kind: 'sample', prime: 'HELLO?', temperature: 1, length: 10 },
      0,
    ) as SampleAnswer
    expect(answer.unknown).toEqual(['H', 'E', 'L', 'O', '?'])
    expect(answer.defaulted).toBe(true)
    expect(answer.prime).toBe('h')
    expect(Array.from(answer.text).every((c) => 'ehlo'.includes(c))).toBe(true)
    expect(answer.text).toHaveLength(10)
    expect(answer.heldOut).toBe(true)
  })

  it('clamps the length and the temperature', async () => {
    const { model } = await charModel({ corpus: 'hello' })
    const ask = (q: object) =>
      model.inspect({ kind: 'sample', prime: 'h', ...q }, 0) as SampleAnswer
    expect(ask({ temperature: 1, length: 1e9 }).text).toHaveLength(1000)
    expect(ask({ temperature: 1, length: -3 }).text).toHaveLength(1)
    expect(ask({ temperature: 1e-9, length: 5 }).temperature).toBe(0)
    expect(ask({ temperature: 50, length: 5 }).temperature).toBe(2)
    expect(ask({ temperature: Number.NaN, length: 5 }).temperature).toBe(1)
  })

  it('at temperature 0 follows the argmax of a full forward pass at every step', async () => {
    const trainer = await charTrainer({ corpus: 'hello' })
    for (let k = 0; k < 10; k++) trainer.stepOnce()
    const greedy = trainer.inspect({
      kind: 'sample',
      prime: 'hel',
      temperature: 0,
      length: 12,
    }) as SampleAnswer
    // Independently: rerun the whole text so far from a zero state and take the likeliest next.
    const next = (prefix: string) =>
      (trainer.inspect({ kind: 'next', prime: prefix, top: 1 }) as NextAnswer).candidates[0].char
    let text = 'hel'
    for (let k = 0; k < 12; k++) text += next(text)
    expect('hel' + greedy.text).toBe(text)
  })

  it('gives next-character probabilities that sum to one over the vocabulary', async () => {
    const { model, data } = await charModel({ corpus: 'sonnets' })
    const all = model.inspect({ kind: 'next', prime: 'Shall I', top: 999 }, 0) as NextAnswer
    expect(all.candidates).toHaveLength(data.vocab.length)
    expect(all.candidates.reduce((s, c) => s + c.probability, 0)).toBeCloseTo(1, 12)
    const top3 = model.inspect({ kind: 'next', prime: 'Shall I', top: 3 }, 0) as NextAnswer
    expect(top3.candidates).toEqual(all.candidates.slice(0, 3))
  })

  it('refuses a query it does not know, in words', async () => {
    const { model } = await charModel()
    expect(() => model.inspect({ kind: 'weights' }, 0)).toThrow(/"sample" and "next"/)
  })
})
