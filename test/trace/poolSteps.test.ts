import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tensor } from '../../src/engine/tensor.ts'
import {
  avgPoolSteps,
  lpPoolSteps,
  maxPoolSteps,
  poolBackwardSteps,
} from '../../src/trace/poolSteps.ts'
import { distinctTensor, randomTensor } from '../engine/spatial/helpers.ts'

describe('pool traces', () => {
  it('agree with the engine forward and backward on random configurations', () => {
    fc.assert(
      fc.property(
        fc.record({
          k: fc.integer({ min: 1, max: 3 }),
          s: fc.integer({ min: 1, max: 3 }),
          p: fc.integer({ min: 0, max: 1 }),
          size: fc.integer({ min: 4, max: 7 }),
          countIncludePad: fc.boolean(),
          ceilMode: fc.boolean(),
          seed: fc.integer({ min: 0, max: 1e6 }),
        }),
        (c) => {
          const p = 2 * c.p <= c.k ? c.p : 0
          const x = distinctTensor([2, 2, c.size, c.size], c.seed)
          const at = { n: 1, c: 1 }
          const traces = [
            maxPoolSteps(x, c.k, { stride: c.s, padding: p, ceilMode: c.ceilMode }, at),
            avgPoolSteps(
              x,
              c.k,
              { stride: c.s, padding: p, countIncludePad: c.countIncludePad, ceilMode: c.ceilMode },
              at,
            ),
            lpPoolSteps(
              randomTensor([2, 2, c.size, c.size], c.seed, 0.1, 2),
              3,
              c.k,
              { stride: c.s },
              at,
            ),
          ]
          for (const trace of traces) {
            const g = trace.geometry
            const outGrad = randomTensor([g.Ho * g.Wo], c.seed + 5).data
            // throws if any forward value or the input gradient differs from the engine's
            const { inputGrad, routes } = poolBackwardSteps(trace, outGrad)
            expect(routes).toHaveLength(g.Ho * g.Wo)
            expect(inputGrad).toHaveLength(c.size * c.size)
          }
        },
      ),
      { numRuns: 20 },
    )
  })

  it('max: the whole gradient goes to the first maximum; padding never wins', () => {
    const x = tensor([
      [
        [
          [1, 7, 7],
          [2, 3, 0],
          [4, 4, 1],
        ],
      ],
    ])
    const trace = maxPoolSteps(x, 2, { stride: 2, padding: 1 })
    // windows at rows/cols -1..0 and 1..2: (0,0) sees only 1; (0,1) sees 7, 7 -> first 7 at (0, 1);
    // (1,0) sees 2, 4 -> 4 at (2, 0); (1,1) sees 3, 0, 4, 1 -> 4 at (2, 1)
    expect(trace.steps.map((s) => s.value)).toEqual([1, 7, 4, 4])
    expect(trace.steps[1].cells[trace.steps[1].winner!].at).toEqual([0, 1])
    expect(trace.steps[0].cells.filter((cell) => cell.padding)).toHaveLength(3)
    const { routes, inputGrad } = poolBackwardSteps(trace, [10, 20, 30, 40])
    expect(routes[1].to).toEqual([{ at: [0, 1], amount: 20 }])
    expect(Array.from(inputGrad)).toEqual([10, 20, 0, 0, 0, 0, 30, 40, 0])
  })

  it('avg: sum, divisor and an equal share back to every real cell', () => {
    const x = tensor([
      [
        [
          [1, 2],
          [3, 4],
        ],
      ],
    ])
    const trace = avgPoolSteps(x, 2, { stride: 1, padding: 1, countIncludePad: false })
    // corner window holds only x[0][0] = 1: sum 1, divisor 1; centre holds all four: 10 / 4
    expect(trace.steps[0]).toMatchObject({ sum: 1, divisor: 1, value: 1 })
    expect(trace.steps[4]).toMatchObject({ sum: 10, divisor: 4, value: 2.5 })
    const { routes } = poolBackwardSteps(trace, [0, 0, 0, 0, 8, 0, 0, 0, 0])
    expect(routes[4].to.map((r) => r.amount)).toEqual([2, 2, 2, 2])
  })

  it('refuses a map outside the batch and a wrong-length gradient', () => {
    const x = randomTensor([1, 1, 4, 4], 1)
    expect(() => maxPoolSteps(x, 2, {}, { c: 2 })).toThrow(
      'pool trace: map n=0, c=2 is outside batch 1 and 1 channels',
    )
    expect(() => poolBackwardSteps(maxPoolSteps(x, 2), [1, 2])).toThrow(
      'outGrad has 2 values, the map has 4',
    )
  })
})
