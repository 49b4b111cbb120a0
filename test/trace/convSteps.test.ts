import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conv2d } from '../../src/engine/spatial.ts'
import { ones, tensor, Tensor } from '../../src/engine/tensor.ts'
import { conv1dSteps, conv2dSteps, convTranspose2dSteps } from '../../src/trace/convSteps.ts'
import { randomTensor } from '../engine/spatial/helpers.ts'

describe('conv2dSteps', () => {
  it('reproduces every output of random convolutions exactly', () => {
    fc.assert(
      fc.property(
        fc.record({
          C: fc.integer({ min: 1, max: 3 }),
          K: fc.integer({ min: 1, max: 3 }),
          k: fc.integer({ min: 1, max: 3 }),
          s: fc.integer({ min: 1, max: 2 }),
          d: fc.integer({ min: 1, max: 2 }),
          p: fc.integer({ min: 0, max: 2 }),
          size: fc.integer({ min: 5, max: 7 }),
          seed: fc.integer({ min: 0, max: 1e6 }),
        }),
        (c) => {
          const x = randomTensor([2, c.C, c.size, c.size], c.seed)
          const w = randomTensor([c.K, c.C, c.k, c.k], c.seed + 1)
          const b = randomTensor([c.K], c.seed + 2)
          const options = { stride: c.s, padding: c.p, dilation: c.d }
          const y = conv2d(x, w, b, options)
          for (let n = 0; n < 2; n++) {
            for (let k = 0; k < c.K; k++) {
              const trace = conv2dSteps(x, w, b, options, { n, k }, y)
              expect(trace.steps).toHaveLength(y.shape[2] * y.shape[3])
              trace.steps.forEach((step) => {
                expect(step.taps).toHaveLength(c.C * c.k * c.k)
                expect(step.value).toBe(y.get(n, k, step.out[0], step.out[1]))
              })
            }
          }
        },
      ),
      { numRuns: 20 },
    )
  })

  it('marks padding cells and shows the products, the sum and the bias', () => {
    // 2x2 input, 2x2 kernel, padding 1: output (0, 0) sees only x[0][0] in its bottom-right tap
    const x = tensor([
      [
        [
          [1, 2],
          [3, 4],
        ],
      ],
    ])
    const w = tensor([
      [
        [
          [10, 20],
          [30, 40],
        ],
      ],
    ])
    const trace = conv2dSteps(x, w, tensor([0.5]), { padding: 1 })
    const first = trace.steps[0]
    expect(first.origin).toEqual([-1, -1])
    expect(first.taps.map((t) => t.padding)).toEqual([true, true, true, false])
    expect(first.taps[3]).toMatchObject({ at: [0, 0], x: 1, w: 40, product: 40 })
    expect(first.sum).toBe(40)
    expect(first.bias).toBe(0.5)
    expect(first.value).toBe(40.5)
    // centre output (1, 1) sees the whole input: 10*1 + 20*2 + 30*3 + 40*4 = 300, plus 0.5
    expect(trace.steps[4].value).toBe(300.5)
  })

  it('refuses an output the engine did not compute from these inputs', () => {
    const x = randomTensor([1, 1, 4, 4], 1)
    const w = randomTensor([1, 1, 3, 3], 2)
    const y = conv2d(x, w)
    const tampered = new Tensor(y.data.slice(), y.shape)
    tampered.data[3] += 1e-12
    expect(() => conv2dSteps(x, w, null, {}, {}, tampered)).toThrow(
      /step \(1, 1\) gives .* but the engine computed/,
    )
    expect(() => conv2dSteps(x, w, null, {}, { k: 1 })).toThrow(
      'conv trace: map n=0, k=1 is outside batch 1 and 1 filters',
    )
  })
})

describe('conv1dSteps', () => {
  it('traces a causal dilated convolution with the left padding marked', () => {
    const x = tensor([[[1, 2, 3, 4, 5]]])
    const w = tensor([[[1, 10, 100]]])
    const trace = conv1dSteps(x, w, null, { padding: 'causal', dilation: 2 })
    // output t reads x[t - 4], x[t - 2], x[t]: t = 0 -> pad, pad, 1 -> 100; t = 4 -> 1 + 30 + 500 = 531
    expect(trace.steps.map((s) => s.value)).toEqual([100, 200, 310, 420, 531])
    expect(trace.steps[0].taps.map((t) => t.at)).toEqual([[-4], [-2], [0]])
    expect(trace.steps[0].taps.map((t) => t.padding)).toEqual([true, true, false])
  })
})

describe('convTranspose2dSteps (rubber stamp)', () => {
  it('reproduces the engine exactly on random configurations', () => {
    fc.assert(
      fc.property(
        fc.record({
          Cin: fc.integer({ min: 1, max: 3 }),
          Cout: fc.integer({ min: 1, max: 2 }),
          k: fc.integer({ min: 1, max: 3 }),
          s: fc.integer({ min: 1, max: 3 }),
          p: fc.integer({ min: 0, max: 1 }),
          size: fc.integer({ min: 2, max: 4 }),
          seed: fc.integer({ min: 0, max: 1e6 }),
        }),
        (c) => {
          const x = randomTensor([2, c.Cin, c.size, c.size], c.seed)
          const w = randomTensor([c.Cin, c.Cout, c.k, c.k], c.seed + 1)
          const b = randomTensor([c.Cout], c.seed + 2)
          const options = { stride: c.s, padding: 2 * c.p < c.k ? c.p : 0 }
          for (let co = 0; co < c.Cout; co++) {
            const trace = convTranspose2dSteps(x, w, b, options, { n: 1, co })
            expect(trace.steps).toHaveLength(c.Cin * c.size * c.size)
          }
        },
      ),
      { numRuns: 20 },
    )
  })

  it("shows deck 001's 3x3, stride 2, pad 1 stamps overlapping and the padding cropping", () => {
    const trace = convTranspose2dSteps(
      tensor([
        [
          [
            [1, 2],
            [3, 4],
          ],
        ],
      ]),
      ones([1, 1, 3, 3]),
      null,
      {
        stride: 2,
        padding: 1,
        outputPadding: 1,
      },
    )
    // input (0, 0) = 1 stamps rows/cols -1..1: five of its nine cells fall in the cropped border
    const first = trace.steps[0]
    expect(first.cells.filter((cell) => cell.cropped)).toHaveLength(5)
    expect(first.cells[4]).toMatchObject({ at: [0, 0], product: 1, total: 1 })
    // the last stamp, 4 at (1, 1), lands on (1, 1) where 1 + 2 + 3 were already: total 10
    const last = trace.steps[3]
    expect(last.cells.find((cell) => cell.at[0] === 1 && cell.at[1] === 1)?.total).toBe(10)
  })
})
