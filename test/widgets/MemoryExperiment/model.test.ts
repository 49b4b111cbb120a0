import { describe, expect, it } from 'vitest'
import type { AccuracyByK } from '../../../src/train/tasks/long-memory/meta.ts'
import {
  accuracyChart,
  describeK,
  MARGIN,
  readAccuracy,
} from '../../../src/widgets/MemoryExperiment/model.ts'

const data: AccuracyByK = {
  symbols: 4,
  chance: 0.25,
  ks: [2, 4, 8, 16, 32],
  accuracy: { rnn: [1, 1, 0.5, 0.3, 0.25], lstm: [1, 1, 1, 0.9, 0.6] },
}

describe('MemoryExperiment model', () => {
  it('spaces the doubling delays evenly (log scale) across the plot', () => {
    const g = accuracyChart(data, 500, 300)
    const xs = g.xTicks.map((t) => t.pos)
    const gaps = xs.slice(1).map((x, i) => x - xs[i])
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0], 9)
    expect(xs[0]).toBeGreaterThanOrEqual(MARGIN.left)
    expect(xs[xs.length - 1]).toBeLessThanOrEqual(500 - MARGIN.right)
  })

  it('puts each marker at its accuracy and the chance line at 1/symbols', () => {
    const g = accuracyChart(data, 500, 300)
    const bottom = 300 - MARGIN.bottom
    const yOf = (a: number) => bottom - a * (bottom - MARGIN.top)
    for (const s of g.series)
      s.markers.forEach((m, i) => expect(m.y).toBeCloseTo(yOf(data.accuracy[s.cell][i]), 9))
    expect(g.chance).toBeCloseTo(yOf(0.25), 9)
    expect(g.series.map((s) => s.cell)).toEqual(['rnn', 'lstm'])
    expect(g.series[0].d.startsWith('M')).toBe(true)
  })

  it('reads a delay aloud with both cells and chance', () => {
    expect(describeK(data, 2)).toBe('k = 8: vanilla tanh RNN 50%, LSTM 100% (chance 25%)')
  })

  it('refuses answers of the wrong shape', () => {
    expect(readAccuracy(data)).toBe(data)
    for (const bad of [
      null,
      [],
      { ...data, ks: [] },
      { ...data, chance: 2 },
      { ...data, accuracy: { rnn: [1, 1], lstm: data.accuracy.lstm } },
      { ...data, accuracy: { rnn: data.accuracy.rnn } },
      { ...data, accuracy: { ...data.accuracy, lstm: [1, 1, 1, 1, NaN] } },
    ])
      expect(readAccuracy(bad)).toBeNull()
  })
})
