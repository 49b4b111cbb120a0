import { describe, expect, it } from 'vitest'
import type { Tensor } from '../../../src/engine/index.ts'
import { cellEquation } from '../../../src/widgets/GateHeatmaps/equations.ts'
import {
  defaultTarget,
  MAX_LENGTH,
  parameterFormula,
  parseSequence,
  runGates,
  type GateRun,
  type MapKey,
  type Sequence,
} from '../../../src/widgets/GateHeatmaps/model.ts'
import type { CellKind, Variant } from '../../../src/widgets/GateHeatmaps/schema.ts'
import { cellWeights } from '../../../src/widgets/GateHeatmaps/weights.ts'

const seq = (text: string): Sequence => {
  const p = parseSequence(text)
  if (!p.ok) throw new Error(p.message)
  return p.sequence
}
const sig = (a: number) => 1 / (1 + Math.exp(-a))
const rows = (t: Tensor) =>
  Array.from({ length: t.shape[0] }, (_, r) =>
    Array.from(t.data.subarray(r * t.shape[1], (r + 1) * t.shape[1])),
  )
const mapOf = (run: GateRun, key: MapKey) => run.maps.find((m) => m.key === key)!.values

// The LSTM from its definition, one unit at a time, with plain loops over the same weights.
function lstmByHand(s: Sequence, variant: Variant, hidden: number, seed: number) {
  const w = cellWeights({
    cell: 'lstm',
    variant,
    vocab: s.vocab.length,
    hidden,
    seed,
    source: 'seeded',
    target: 0,
  })
  const [Wih, Whh] = [rows(w.weightIh), rows(w.weightHh)]
  const b = Array.from(w.biasIh!.data, (v, k) => v + w.biasHh!.data[k])
  const peep = (p: typeof w.weightCi, j: number) => (variant === 'peephole' ? p!.data[j] : 0)
  const block: Record<string, number> =
    variant === 'coupled' ? { f: 0, g: 1, o: 2 } : { i: 0, f: 1, g: 2, o: 3 }
  let h = Array<number>(hidden).fill(0)
  let c = Array<number>(hidden).fill(0)
  const out: Record<'f' | 'i' | 'g' | 'o' | 'c' | 'h', number[][]> = {
    f: [],
    i: [],
    g: [],
    o: [],
    c: [],
    h: [],
  }
  for (const tok of s.tokens) {
    const a = (gate: number, j: number) => {
      const r = gate * hidden + j
      return Wih[r][tok] + Whh[r].reduce((acc, v, k) => acc + v * h[k], 0) + b[r]
    }
    const step = {
      f: [] as number[],
      i: [] as number[],
      g: [] as number[],
      o: [] as number[],
      c: [] as number[],
      h: [] as number[],
    }
    for (let j = 0; j < hidden; j++) {
      const f = sig(a(block.f, j) + peep(w.weightCf, j) * c[j])
      const i = 'i' in block ? sig(a(block.i, j) + peep(w.weightCi, j) * c[j]) : 1 - f
      const g = Math.tanh(a(block.g, j))
      const cj = f * c[j] + i * g
      const o = sig(a(block.o, j) + peep(w.weightCo, j) * cj)
      Object.entries({ f, i, g, o, c: cj, h: o * Math.tanh(cj) }).forEach(([k, v]) =>
        step[k as 'f'].push(v),
      )
    }
    ;(Object.keys(out) as (keyof typeof out)[]).forEach((k) => out[k].push(step[k]))
    h = step.h
    c = step.c
  }
  return out
}

const config = (
  cell: CellKind,
  variant: Variant = 'standard',
  weights: 'seeded' | 'hand-set' = 'seeded',
) => ({
  cell,
  variant,
  hidden: 4,
  seed: 3,
  weights,
  target: 'a',
})

describe('gate heatmaps: parsing', () => {
  it('splits by code point and builds the vocabulary in order of first appearance', () => {
    const s = seq('abca 😀')
    expect(s.chars).toEqual(['a', 'b', 'c', 'a', ' ', '😀'])
    expect(s.vocab).toEqual(['a', 'b', 'c', ' ', '😀'])
    expect(s.tokens).toEqual([0, 1, 2, 0, 3, 4])
  })

  it('refuses empty, overlong and invisible input with a reason', () => {
    const refused = (text: string) => {
      const p = parseSequence(text)
      return p.ok ? null : p.message
    }
    expect(refused('')).toMatch(/at least one/)
    expect(refused('x'.repeat(MAX_LENGTH + 1))).toMatch(`At most ${MAX_LENGTH}`)
    expect(refused('x'.repeat(MAX_LENGTH))).toBeNull()
    expect(refused('ab\ncd')).toMatch('U+000A')
    expect(refused('a\u0000')).toMatch('U+0000')
    expect(refused('a\u202Eb')).toMatch('U+202E') // right-to-left override
    expect(refused('a\tb')).toMatch('U+0009')
    expect(refused('<script>')).toBeNull() // shown as text, never as HTML
  })

  it('watches the most frequent non-space character by default', () => {
    expect(defaultTarget(seq('banana bandana'))).toBe('a')
    expect(defaultTarget(seq('  b'))).toBe('b')
    expect(defaultTarget(seq(' '))).toBe(' ')
  })
})

describe('gate heatmaps: the maps are the engine’s numbers', () => {
  for (const variant of ['standard', 'peephole', 'coupled'] as const) {
    it(`LSTM ${variant}: every map equals the LSTM computed by hand from the same weights`, () => {
      const s = seq('say "hi" to "me"')
      const run = runGates(s, config('lstm', variant))
      const hand = lstmByHand(s, variant, 4, 3)
      for (const key of ['f', 'i', 'g', 'o', 'c', 'h'] as const) {
        mapOf(run, key).forEach((row, t) =>
          row.forEach((v, j) =>
            expect(v, `${key} t=${t + 1} j=${j}`).toBeCloseTo(hand[key][t][j], 12),
          ),
        )
      }
      if (run.cell !== 'lstm') throw new Error('expected an LSTM run')
      // The maps are the trace's records, value for value.
      run.steps.forEach((st, t) => {
        expect(mapOf(run, 'f')[t]).toEqual(st.gates.f)
        expect(mapOf(run, 'c')[t]).toEqual(st.c)
      })
    })
  }

  it('GRU: z, r, n and h follow the GRU equations from the trace’s parts', () => {
    const run = runGates(seq('hello world'), config('gru'))
    if (run.cell !== 'gru') throw new Error('expected a GRU run')
    run.steps.forEach((st, t) => {
      for (let j = 0; j < 4; j++) {
        const r = sig(st.inputPart.r[j] + st.hiddenPart.r[j])
        const z = sig(st.inputPart.z[j] + st.hiddenPart.z[j])
        const n = Math.tanh(st.inputPart.n[j] + r * st.hiddenPart.n[j])
        expect(mapOf(run, 'r')[t][j]).toBeCloseTo(r, 12)
        expect(mapOf(run, 'z')[t][j]).toBeCloseTo(z, 12)
        expect(mapOf(run, 'n')[t][j]).toBeCloseTo(n, 12)
        expect(mapOf(run, 'h')[t][j]).toBeCloseTo((1 - z) * n + z * st.hPrev[j], 12)
      }
    })
  })

  it('each cell’s equation gives the map’s value, and gates are σ or tanh of the shown pre-activation', () => {
    for (const run of [
      runGates(seq('abcab'), config('lstm', 'peephole')),
      runGates(seq('abcab'), config('gru')),
    ]) {
      for (const m of run.maps) {
        m.values.forEach((row, t) =>
          row.forEach((v, j) => {
            const eq = cellEquation(run, m.key, t + 1, j)!
            expect(eq.value).toBe(v)
            if (eq.squash === 'sigmoid') expect(sig(eq.preact!)).toBeCloseTo(v, 12)
            if (eq.squash === 'tanh') expect(Math.tanh(eq.preact!)).toBeCloseTo(v, 12)
          }),
        )
      }
    }
  })

  it('peephole gates say that their pre-activation includes the peephole term', () => {
    const peep = runGates(seq('ab'), config('lstm', 'peephole'))
    expect(cellEquation(peep, 'o', 2, 0)!.meaning).toContain('w_co ⊙ cₜ')
    expect(cellEquation(peep, 'f', 2, 0)!.meaning).toContain('w_cf ⊙ cₜ₋₁')
    expect(cellEquation(runGates(seq('ab'), config('lstm')), 'f', 2, 0)!.meaning).not.toContain(
      'peephole',
    )
  })

  it('an equation is null outside the run and for a map the cell does not have', () => {
    const run = runGates(seq('ab'), config('lstm'))
    expect(cellEquation(run, 'f', 0, 0)).toBeNull()
    expect(cellEquation(run, 'f', 3, 0)).toBeNull()
    expect(cellEquation(run, 'f', 1, 4)).toBeNull()
    expect(cellEquation(run, 'z', 1, 0)).toBeNull()
  })

  it('counts parameters as the engine does, and the formula shown evaluates to the same', () => {
    const evalFormula = (f: string) =>
      Function(`return ${f.replace(/×/g, '*').replace(/·/g, '*')}`)() as number
    const s = seq('banana bandana') // 5 characters: b, a, n, space, d
    for (const [cell, variant] of [
      ['lstm', 'standard'],
      ['lstm', 'peephole'],
      ['lstm', 'coupled'],
      ['gru', 'standard'],
    ] as const) {
      const run = runGates(s, config(cell, variant))
      expect(evalFormula(parameterFormula(cell, variant, 5, 4))).toBe(run.parameters)
    }
    const count = (variant: Variant) => runGates(s, config('lstm', variant)).parameters
    expect(count('peephole') - count('standard')).toBe(3 * 4)
    expect(count('standard') / count('coupled')).toBe(4 / 3)
  })
})

describe('gate heatmaps: hand-set units', () => {
  const prefixCount = (s: Sequence, c: string) =>
    s.chars.map((_, t) => s.chars.slice(0, t + 1).filter((d) => d === c).length)

  for (const variant of ['standard', 'peephole'] as const) {
    it(`LSTM ${variant}: unit 1's cell state counts the watched character`, () => {
      for (const [text, target] of [
        ['banana bandana', 'a'],
        ['aaaabbbb', 'b'],
        ['say "hi" to "me"', '"'],
      ] as const) {
        const s = seq(text)
        const run = runGates(s, { ...config('lstm', variant, 'hand-set'), target })
        const c = mapOf(run, 'c').map((row) => row[0])
        const counts = prefixCount(s, target)
        c.forEach((v, t) =>
          expect(Math.abs(v - counts[t]), `${text} step ${t + 1}`).toBeLessThan(0.01),
        )
        expect(run.roles).toEqual(['counter', 'detector'])
      }
    })
  }

  it('coupled LSTM and GRU: unit 1 latches (0 before the first target, 1 after) and never counts', () => {
    const s = seq('xxaxaax')
    const first = s.chars.indexOf('a')
    for (const cell of ['lstm', 'gru'] as const) {
      const run = runGates(s, { ...config(cell, 'coupled', 'hand-set'), target: 'a' })
      const state = mapOf(run, cell === 'gru' ? 'h' : 'c').map((row) => row[0])
      state.forEach((v, t) =>
        expect(Math.abs(v - (t >= first ? 1 : 0)), `${cell} step ${t + 1}`).toBeLessThan(0.01),
      )
      expect(run.roles).toEqual(['latch', 'detector'])
    }
  })

  it('unit 2 detects the watched character at the current step only', () => {
    const s = seq('abcab')
    for (const cell of ['lstm', 'gru'] as const) {
      const run = runGates(s, { ...config(cell, 'standard', 'hand-set'), target: 'b' })
      const state = mapOf(run, cell === 'gru' ? 'h' : 'c').map((row) => row[1])
      state.forEach((v, t) => expect(v).toBeCloseTo(s.chars[t] === 'b' ? 1 : -1, 3))
    }
  })

  it('with one unit only the first role is wired, and an unknown target falls back to the first character', () => {
    const run = runGates(seq('abc'), {
      ...config('lstm', 'standard', 'hand-set'),
      hidden: 1,
      target: 'z',
    })
    expect(run.roles).toEqual(['counter'])
    expect(mapOf(run, 'c').map((r) => Math.round(r[0]))).toEqual([1, 1, 1])
  })
})
