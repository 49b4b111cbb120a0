import { describe, expect, it } from 'vitest'
import type { Point } from '../../../src/train/history.ts'
import { chartGeometry } from '../../../src/widgets/training/chart.ts'

const size = { width: 400, height: 200 }

describe('chartGeometry', () => {
  it('spans the step budget and the largest loss, and plots both series', () => {
    const train: Point[] = [
      [1, 2, 0.1],
      [50, 1, 0.5],
      [100, 0.5, 0.9],
    ]
    const validation: Point[] = [[50, 1.2, 0.4]]
    const g = chartGeometry(train, validation, 'loss', size, 200, 100)
    expect(g.train).toHaveLength(3)
    expect(g.validation).toHaveLength(1)
    // x: step 100 of a 200-step budget sits halfway across the plot
    expect(g.train[2][0]).toBeCloseTo((g.plot.left + g.plot.right) / 2)
    // y: the first point (loss 2) is the highest one drawn, and loss 0 is the bottom
    expect(g.train[0][1]).toBeLessThan(g.train[1][1])
    expect(g.yTicks.find((t) => t.label === '0')!.y).toBe(g.plot.bottom)
    expect(g.cursor).toBeNull()
  })

  it('draws accuracy from 0% to 100% and skips points without one', () => {
    const g = chartGeometry(
      [
        [1, 2, null],
        [2, 1, 0.5],
      ],
      [],
      'accuracy',
      size,
      10,
      2,
    )
    expect(g.train).toHaveLength(1)
    expect(g.yTicks.at(-1)!.label).toBe('100%')
  })

  it('gives an empty run a readable axis, and marks the step after a rewind', () => {
    expect(chartGeometry([], [], 'loss', size, 100, 0).yTicks.at(-1)!.label).toBe('1')
    const g = chartGeometry(
      [
        [1, 1, null],
        [80, 0.5, null],
      ],
      [],
      'loss',
      size,
      100,
      40,
    )
    expect(g.cursor).not.toBeNull()
  })
})
