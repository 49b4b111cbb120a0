import { describe, expect, it } from 'vitest'
import {
  decadeLabel,
  decadeRange,
  flowChart,
  MARGIN,
} from '../../../src/widgets/GradientFlow/chart.ts'

const powers = (base: number, n: number) => Array.from({ length: n + 1 }, (_, k) => base ** k)

describe('decadeRange and decadeLabel', () => {
  it('spans every value in whole decades and always includes 1', () => {
    expect(decadeRange([{ id: 'a', norms: [1, 0.5, 0.002] }])).toEqual([-3, 1])
    expect(decadeRange([{ id: 'a', norms: [1, 30, 4000] }])).toEqual([-1, 4])
    expect(decadeRange([{ id: 'a', norms: [1, 0, NaN, Infinity] }])).toEqual([-1, 1])
  })

  it('writes decades as a board would', () => {
    expect(decadeLabel(0)).toBe('1')
    expect(decadeLabel(1)).toBe('10')
    expect(decadeLabel(-5)).toBe('10⁻⁵')
    expect(decadeLabel(12)).toBe('10¹²')
  })
})

describe('flowChart', () => {
  const series = [
    { id: 'down', norms: powers(0.5, 20) },
    { id: 'up', norms: powers(1.5, 10) },
  ]

  it('maps distance to x and norms to a log y with 1 inside the plot', () => {
    const g = flowChart(series, 600, 300, 5)
    expect(g.sx(0)).toBe(MARGIN.left)
    expect(g.sx(20)).toBe(600 - MARGIN.right)
    // equal ratios are equal distances on a log scale
    expect(g.sy(1) - g.sy(0.5)).toBeCloseTo(g.sy(0.5) - g.sy(0.25), 9)
    expect(g.one).toBeGreaterThan(MARGIN.top)
    expect(g.one).toBeLessThan(300 - MARGIN.bottom)
    expect(g.paths.map((p) => p.id)).toEqual(['down', 'up'])
    expect(g.paths.every((p) => p.d.startsWith('M'))).toBe(true)
  })

  it('puts ticks on whole decades inside the plot, few enough to read', () => {
    const g = flowChart(series, 600, 200, 0)
    expect(g.yTicks.length).toBeGreaterThanOrEqual(2)
    expect(g.yTicks.length).toBeLessThanOrEqual(
      Math.floor((200 - MARGIN.top - MARGIN.bottom) / 28) + 1,
    )
    for (const t of g.yTicks) {
      expect(Number.isInteger(t.exponent)).toBe(true)
      expect(t.pos).toBeGreaterThanOrEqual(MARGIN.top - 1e-9)
      expect(t.pos).toBeLessThanOrEqual(200 - MARGIN.bottom + 1e-9)
    }
  })

  it('reads every curve long enough at the cursor, clamped to the longest curve', () => {
    const g = flowChart(series, 600, 300, 15)
    expect(g.cursor.points.map((p) => p.id)).toEqual(['down'])
    expect(g.cursor.points[0].y).toBeCloseTo(g.sy(0.5 ** 15), 9)
    expect(flowChart(series, 600, 300, 99).cursor.k).toBe(20)
    expect(flowChart(series, 600, 300, -3).cursor.k).toBe(0)
  })

  it('breaks the path where a gradient is exactly 0 instead of drawing off the log axis', () => {
    const g = flowChart([{ id: 'dead', norms: [1, 0.5, 0, 0] }], 600, 300, 3)
    expect(g.paths[0].d).not.toMatch(/NaN|Infinity/)
    expect(g.paths[0].d.match(/M/g)).toHaveLength(1)
    expect(g.cursor.points).toHaveLength(0)
  })
})
