import { describe, expect, it } from 'vitest'
import {
  inputMarks,
  runBackward,
  runPool,
  shiftCheck,
  windowGrid,
} from '../../../src/widgets/PoolStepper/model.ts'
import { DECK_TABLE, inputPreset } from '../../../src/widgets/PoolStepper/presets.ts'

const deck = () => DECK_TABLE.map((r) => [...r])
const settings = { mode: 'max' as const, p: 2, window: 2, stride: 2, padding: 0 }

// Pooling from its definition: every k×k window at stride s, no padding, reduced by `f`.
function pool(x: number[][], k: number, s: number, f: (w: number[]) => number): number[][] {
  const n = Math.floor((x.length - k) / s) + 1
  return Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, c) => {
      const w: number[] = []
      for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) w.push(x[r * s + i][c * s + j])
      return f(w)
    }),
  )
}
const max = (w: number[]) => Math.max(...w)
const mean = (w: number[]) => w.reduce((a, b) => a + b, 0) / w.length
const norm = (p: number) => (w: number[]) => w.reduce((a, b) => a + b ** p, 0) ** (1 / p)

describe('runPool', () => {
  it('max-pools the deck table 2×2, stride 2, as the definition does', () => {
    const m = runPool(settings, deck())
    expect(m.errors).toEqual([])
    expect(m.output).toEqual(pool(deck(), 2, 2, max))
    expect(windowGrid(m.trace!.steps[0], 2)).toEqual([
      [DECK_TABLE[0][0], DECK_TABLE[0][1]],
      [DECK_TABLE[1][0], DECK_TABLE[1][1]],
    ])
  })

  it('averages and p-norms, with overlapping windows too', () => {
    const avg = runPool({ ...settings, mode: 'avg', window: 3, stride: 1 }, deck())
    pool(deck(), 3, 1, mean).forEach((row, r) =>
      row.forEach((v, c) => expect(avg.output[r][c]).toBeCloseTo(v, 12)),
    )
    const lp = runPool({ ...settings, mode: 'lp', p: 3 }, deck())
    pool(deck(), 2, 2, norm(3)).forEach((row, r) =>
      row.forEach((v, c) => expect(lp.output[r][c]).toBeCloseTo(v, 12)),
    )
  })

  it('refuses, in words, padding beyond half the window and padding for p-norm', () => {
    const wide = runPool({ ...settings, padding: 2 }, deck())
    expect(wide.trace).toBeNull()
    expect(wide.errors.join()).toMatch(/more than half the 2-wide window/)
    const lp = runPool({ ...settings, mode: 'lp', padding: 1 }, deck())
    expect(lp.errors.join()).toMatch(/no padding/)
  })

  it('passes on the engine refusal of x^p for a negative x and fractional p', () => {
    const x = deck()
    x[0][0] = -1
    const m = runPool({ ...settings, mode: 'lp', p: 2.5 }, x)
    expect(m.output).toEqual([])
    expect(m.errors.join()).toMatch(/negative number is undefined/)
  })
})

describe('runBackward', () => {
  it('max: all of each gradient goes to the first maximum of its window', () => {
    const ties = inputPreset('ties', 1)
    const m = runPool(settings, ties)
    const g = [
      [1, 2],
      [3, 4],
    ]
    const { routes, inputGrad } = runBackward(m.trace!, g)
    // From the definition: the first maximum in row-major order within each window.
    const expected = ties.map((row) => row.map(() => 0))
    for (let r = 0; r < 2; r++)
      for (let c = 0; c < 2; c++) {
        let best: [number, number] = [2 * r, 2 * c]
        for (let i = 0; i < 2; i++)
          for (let j = 0; j < 2; j++)
            if (ties[2 * r + i][2 * c + j] > ties[best[0]][best[1]]) best = [2 * r + i, 2 * c + j]
        expected[best[0]][best[1]] += g[r][c]
      }
    expect(inputGrad).toEqual(expected)
    expect(routes[0].to).toEqual([{ at: [0, 0], amount: 1 }])
  })

  it('avg: every cell of a window gets an equal share', () => {
    const m = runPool({ ...settings, mode: 'avg' }, deck())
    const { inputGrad } = runBackward(
      m.trace!,
      m.output.map((row) => row.map(() => 1)),
    )
    expect(inputGrad.flat().every((v) => v === 1 / 4)).toBe(true)
  })
})

describe('shiftCheck', () => {
  it('counts max-pooled outputs unchanged by a one-column shift, as the definition does', () => {
    const x = deck()
    const shifted = x.map((row) => row.map((_, c) => (c > 0 ? row[c - 1] : 0)))
    const a = pool(x, 2, 2, max).flat()
    const b = pool(shifted, 2, 2, max).flat()
    const same = a.filter((v, i) => v === b[i]).length
    expect(shiftCheck(settings, x)).toMatchObject({ same, total: 16, inputTotal: 64 })
  })
})

describe('inputMarks', () => {
  it('marks the window, outlines the winner, and marks padding', () => {
    const m = runPool({ ...settings, window: 3, stride: 2, padding: 1 }, deck())
    const mark = inputMarks(m.trace!.steps[0], 1, 8, null)
    expect(mark(0, 0)).toBe('padding')
    // The winner of the first window: the largest of x[0..1][0..1] is 0.88 at (0, 0), padded (1, 1).
    expect(mark(1, 1)).toBe('active')
    expect(mark(2, 2)).toBe('window')
    expect(mark(5, 5)).toBeNull()
  })
})
