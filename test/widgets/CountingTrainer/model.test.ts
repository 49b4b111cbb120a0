import { describe, expect, it } from 'vitest'
import { COUNTING_DEFAULTS } from '../../../src/train/tasks/counting/meta.ts'
import type {
  CountingActivations,
  CountingGeneralisation,
} from '../../../src/train/tasks/counting/inspect.ts'
import { countingTask } from '../../../src/train/tasks/counting/task.ts'
import {
  accuracyStrip,
  activationMap,
  asActivations,
  asGeneralisation,
  correlation,
  counterUnits,
  idealCounts,
  stateName,
} from '../../../src/widgets/CountingTrainer/model.ts'

/** Activations of an untrained LSTM with 5 units on a^3 b^3: real engine output. */
function untrained(hidden = 5, n = 3): CountingActivations {
  const model = countingTask.build({
    hyper: { ...COUNTING_DEFAULTS.hyper, hidden },
    settings: countingTask.checkSettings({}),
    seed: 2,
    data: null,
  })
  return model.inspect({ kind: 'activations', n }, 0) as CountingActivations
}

describe('counting trainer model', () => {
  it('computes Pearson correlation as its definition does', () => {
    const x = [1, 2, 4, 7]
    const y = [2, 1, 5, 6]
    const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length
    const [mx, my] = [mean(x), mean(y)]
    const cov = x.reduce((s, _, k) => s + (x[k] - mx) * (y[k] - my), 0)
    const sd = (v: number[], m: number) => Math.sqrt(v.reduce((s, a) => s + (a - m) ** 2, 0))
    expect(correlation(x, y)).toBeCloseTo(cov / (sd(x, mx) * sd(y, my)), 14)
    expect(
      correlation(
        x,
        x.map((v) => 3 - 2 * v),
      ),
    ).toBeCloseTo(-1, 14)
    expect(correlation(x, [5, 5, 5, 5])).toBe(0)
  })

  it('keeps the running counts a counter would keep', () => {
    expect(idealCounts([...'^aaabbb'])).toEqual([
      { count: '#a − #b', ideal: [0, 1, 2, 3, 2, 1, 0] },
    ])
    const [ab, bc] = idealCounts([...'^aabbcc'])
    expect(ab.ideal).toEqual([0, 1, 2, 1, 0, 0, 0])
    expect(bc.ideal).toEqual([0, 0, 0, 1, 2, 1, 0])
  })

  it('finds the unit whose state follows the count, whatever its sign and scale', () => {
    const a = untrained()
    const ideal = idealCounts(a.read)[0].ideal
    a.memory[3] = ideal.map((v) => 0.1 - 1.5 * v)
    const [match] = counterUnits(a)
    expect(match.unit).toBe(3)
    expect(match.r).toBeCloseTo(-1, 12)
  })

  it('lays out the heatmap: units down, symbols read across, predictions scored where determined', () => {
    const a = untrained()
    const map = activationMap(a)
    expect(map.rows).toEqual(['unit 1', 'unit 2', 'unit 3', 'unit 4', 'unit 5'])
    expect(map.columns.join('')).toBe('^aaabbb')
    expect(map.values).toEqual(a.memory)
    expect(map.legendLabel).toBe('c, the LSTM cell state')
    const scored = map.notes[1].cells
    a.predictable.forEach((known, t) => {
      const right = a.predicted[t] === a.next[t]
      expect(scored[t].text).toBe(known ? (right ? '✓' : '✗') : '·')
    })
    const right = a.predictable.filter((known, t) => known && a.predicted[t] === a.next[t]).length
    expect([map.right, map.total]).toEqual([right, 3])
  })

  it('draws at most the first units and counts the rest', () => {
    const map = activationMap(untrained(7), 4)
    expect(map.values).toHaveLength(4)
    expect(map.hiddenUnits).toBe(3)
  })

  it('names the state of each cell', () => {
    expect(stateName({ cell: 'gru', state: 'h' })).toBe('h, the GRU hidden state')
  })

  it('sums up the accuracy strip inside and beyond the training range', () => {
    const right = [true, true, true, false, true, false]
    const g: CountingGeneralisation = {
      kind: 'generalisation',
      maxN: 4,
      testMaxN: 6,
      rows: right.map((correct, k) => ({
        n: k + 1,
        correct,
        right: correct ? k + 1 : 0,
        total: k + 1,
      })),
    }
    const strip = accuracyStrip(g)
    expect(strip.inside).toBe(3 / 4)
    expect(strip.beyond).toBe(1 / 2)
    expect(strip.rightUpTo).toBe(3)
    // Symbols: inside 1 + 2 + 3 + 0 of 1 + 2 + 3 + 4; beyond 5 + 0 of 5 + 6.
    expect(strip.symbolsInside).toBe(6 / 10)
    expect(strip.symbolsBeyond).toBe(5 / 11)
    expect(strip.cells.map((c) => c.inTraining)).toEqual([true, true, true, true, false, false])
    expect(strip.cells[4].title).toBe(
      'n = 5 (beyond the training range): right, 5 of 5 predictable symbols right',
    )
    const inRangeOnly = accuracyStrip({ ...g, testMaxN: 4, rows: g.rows.slice(0, 4) })
    expect([inRangeOnly.beyond, inRangeOnly.symbolsBeyond]).toEqual([null, null])
  })

  it('accepts only answers of the right kind', () => {
    expect(asActivations(untrained())).toBeDefined()
    expect(asActivations({ kind: 'generalisation' })).toBeUndefined()
    expect(asGeneralisation(null)).toBeUndefined()
    expect(asGeneralisation('generalisation')).toBeUndefined()
  })
})
