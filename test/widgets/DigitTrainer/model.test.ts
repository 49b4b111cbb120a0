import { describe, expect, it } from 'vitest'
import {
  largest,
  percent,
  splitMaps,
  summariseConfusion,
  topClass,
} from '../../../src/widgets/DigitTrainer/model.ts'

describe('splitMaps', () => {
  it('cuts a [C, H, W] stack into C maps of H rows of W, channel-major', () => {
    const values = Array.from({ length: 2 * 3 * 4 }, (_, k) => k)
    const maps = splitMaps({ label: 't', shape: [2, 3, 4], values })
    expect(maps).toHaveLength(2)
    for (const { channel, rows } of maps) {
      rows.forEach((row, r) =>
        row.forEach((v, c) => expect(v).toBe(values[(channel * 3 + r) * 4 + c])),
      )
      expect(rows.map((r) => r.length)).toEqual([4, 4, 4])
    }
  })
})

describe('topClass and percent', () => {
  it('finds the largest probability, the first on a tie', () => {
    expect(topClass([0.1, 0.5, 0.4])).toEqual({ digit: 1, p: 0.5 })
    expect(topClass([0.5, 0.5]).digit).toBe(0)
  })

  it('writes one decimal of a percentage', () => {
    expect(percent(0.9734)).toBe('97.3%')
    expect(percent(1)).toBe('100.0%')
  })

  it('largest never goes below its floor', () => {
    expect(largest([0, 0])).toBeGreaterThan(0)
    expect(largest([0.2, 3, -9])).toBe(3)
  })
})

describe('summariseConfusion', () => {
  it('counts the diagonal and names the most frequent mistake', () => {
    const counts: number[][] = Array.from({ length: 10 }, (_, t) =>
      Array.from({ length: 10 }, (_, p) => (t === p ? 40 : 0)),
    )
    counts[4][9] = 7
    counts[3][5] = 2
    const s = summariseConfusion(counts)
    expect(s.correct).toBe(400)
    expect(s.total).toBe(409)
    expect(s.worst).toEqual({ truth: 4, predicted: 9, count: 7 })
  })

  it('has no worst mistake when everything is right', () => {
    expect(
      summariseConfusion([
        [3, 0],
        [0, 2],
      ]).worst,
    ).toBeNull()
  })
})
