import { describe, expect, it } from 'vitest'
import { BoundedSeries } from '../../src/train/history.ts'

describe('BoundedSeries', () => {
  it('never grows past its capacity and still spans the whole run', () => {
    const s = new BoundedSeries(10)
    for (let k = 1; k <= 1000; k++) s.push([k, 1 / k, null])
    expect(s.length).toBeLessThanOrEqual(10)
    expect(s.points.at(-1)![0]).toBeGreaterThan(900)
    expect(s.points[0][0]).toBeLessThan(200)
  })

  it('merges pairs of equal weight and shows the stretch still filling as its mean', () => {
    const s = new BoundedSeries(4)
    s.push([1, 2, 0.5])
    s.push([2, 4, 1])
    s.push([3, 9, null])
    s.push([4, 1, null])
    expect(s.points).toEqual([
      [1.5, 3, 0.75],
      [3.5, 5, null],
    ])
    s.push([5, 7, 0.25])
    expect(s.points.at(-1)).toEqual([5, 7, 0.25])
    s.push([6, 3, null])
    expect(s.points.at(-1)).toEqual([5.5, 5, 0.25])
  })

  it('drops the future after a step', () => {
    const s = new BoundedSeries(100)
    for (let k = 1; k <= 10; k++) s.push([k, k, null])
    s.truncateAfter(4)
    expect(s.points.map((p) => p[0])).toEqual([1, 2, 3, 4])
  })
})
