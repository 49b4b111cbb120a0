import { describe, expect, it } from 'vitest'
import { gruCell, tensor, zeros } from '../../../src/engine/index.ts'
import type { CellKind } from '../../../src/train/task.ts'
import { makeExample, symbolsOf } from '../../../src/train/tasks/counting/data.ts'
import type {
  CountingActivations,
  CountingGeneralisation,
} from '../../../src/train/tasks/counting/inspect.ts'
import { COUNTING_DEFAULTS } from '../../../src/train/tasks/counting/meta.ts'
import { countingTask } from '../../../src/train/tasks/counting/task.ts'

const build = (cell: CellKind, settings = {}, seed = 3) =>
  countingTask.build({
    hyper: { ...COUNTING_DEFAULTS.hyper, cell, hidden: 3 },
    settings: countingTask.checkSettings(settings),
    seed,
    data: null,
  })

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x))

/** The LSTM's cell states over one-hot tokens, by a plain loop over the equations (gates i, f, g, o). */
function lstmCells(tokens: number[], params: Float64Array[], H: number): number[][] {
  const [wIh, wHh, bIh, bHh] = params
  const V = wIh.length / (4 * H)
  let h = new Array<number>(H).fill(0)
  let c = new Array<number>(H).fill(0)
  const out: number[][] = []
  for (const token of tokens) {
    const a = Array.from({ length: 4 * H }, (_, r) => {
      let s = wIh[r * V + token] + bIh[r] + bHh[r]
      for (let k = 0; k < H; k++) s += wHh[r * H + k] * h[k]
      return s
    })
    c = c.map((cj, j) => sigmoid(a[H + j]) * cj + sigmoid(a[j]) * Math.tanh(a[2 * H + j]))
    h = c.map((cj, j) => sigmoid(a[3 * H + j]) * Math.tanh(cj))
    out.push(c)
  }
  return out
}

describe('counting task', () => {
  it('completes settings with defaults and rejects bad ones in plain words', () => {
    expect(countingTask.checkSettings({})).toEqual(COUNTING_DEFAULTS.settings)
    expect(countingTask.checkSettings({ language: 'anbncn', maxN: '6', testMaxN: 12 })).toEqual({
      language: 'anbncn',
      maxN: 6,
      testMaxN: 12,
    })
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ language: 'abab' }, /language must be one of anbn, anbncn/],
      [{ maxN: 0 }, /longest training n must be a whole number from 2 to 20/],
      [{ maxN: 4.5 }, /whole number/],
      [{ maxN: 'ten' }, /got ten/],
      [{ testMaxN: 500 }, /longest tested n must be a whole number/],
      [{ maxN: 12, testMaxN: 8 }, /\(8\) must be at least the longest training n \(12\)/],
    ]
    for (const [settings, message] of bad)
      expect(() => countingTask.checkSettings(settings)).toThrow(message)
  })

  it("shows the LSTM's cell state, as a plain loop over the equations computes it", () => {
    const model = build('lstm')
    const a = model.inspect({ kind: 'activations', n: 4 }, 0) as CountingActivations
    const e = makeExample('anbn', 4)
    const expected = lstmCells(
      e.inputs,
      model.parameters().map((p) => p.data),
      3,
    )
    expect(a.state).toBe('c')
    expect(a.read.join('')).toBe('^aaaabbbb')
    expect(a.next.join('')).toBe('aaaabbbb$')
    expect(a.memory).toHaveLength(3)
    a.memory.forEach((row, j) => row.forEach((v, t) => expect(v).toBeCloseTo(expected[t][j], 12)))
    a.probabilities.forEach((p, t) => {
      expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12)
      expect(a.predicted[t]).toBe(a.symbols[p.indexOf(Math.max(...p))])
    })
  })

  it("shows the GRU's hidden state, as the composed-op cell computes it", () => {
    const model = build('gru', { language: 'anbncn' })
    const a = model.inspect({ kind: 'activations', n: 2 }, 0) as CountingActivations
    const [weightIh, weightHh, biasIh, biasHh] = model.parameters()
    const V = symbolsOf('anbncn').length
    let h = zeros([1, 3])
    makeExample('anbncn', 2).inputs.forEach((token, t) => {
      const x = tensor(
        Array.from({ length: V }, (_, k) => (k === token ? 1 : 0)),
        [1, V],
      )
      h = gruCell(x, h, { weightIh, weightHh, biasIh, biasHh }).h
      for (let j = 0; j < 3; j++) expect(a.memory[j][t]).toBeCloseTo(h.data[j], 12)
    })
    expect(a.state).toBe('h')
    expect(a.read.join('')).toBe('^aabbcc')
  })

  it('reports generalisation for every n up to the test range', () => {
    const model = build('rnn', { maxN: 3, testMaxN: 9 })
    const g = model.inspect({ kind: 'generalisation' }, 0) as CountingGeneralisation
    expect(g.maxN).toBe(3)
    expect(g.rows.map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    g.rows.forEach((r) => expect(r.total).toBe(r.n))
  })

  it('refuses queries it does not understand', () => {
    const model = build('lstm')
    expect(() => model.inspect({ kind: 'samples' }, 0)).toThrow(/activations.*generalisation/)
    for (const n of [0, 2.5, 'x', 61])
      expect(() => model.inspect({ kind: 'activations', n }, 0)).toThrow(
        /whole number from 1 to 60/,
      )
  })
})
