import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conv2d, convTranspose2d, depthConcat } from '../../../src/engine/spatial.ts'
import { Tensor } from '../../../src/engine/tensor.ts'
import { gradcheck } from '../../helpers/gradcheck.ts'
import { maxDiff, randomTensor, weightedSum } from './helpers.ts'

/** The rubber stamp, from the definition: each input cell stamps value * kernel onto the output. */
function referenceStamp(
  x: Tensor,
  w: Tensor,
  b: Tensor | null,
  s: number[],
  p: number[],
  op: number[],
  d: number[],
) {
  const [N, Cin, H, W] = x.shape
  const [, Cout, kH, kW] = w.shape
  const Ho = (H - 1) * s[0] - 2 * p[0] + d[0] * (kH - 1) + op[0] + 1
  const Wo = (W - 1) * s[1] - 2 * p[1] + d[1] * (kW - 1) + op[1] + 1
  const out = new Float64Array(N * Cout * Ho * Wo)
  for (let n = 0; n < N; n++)
    for (let co = 0; co < Cout; co++) {
      for (let i = 0; i < Ho * Wo; i++) out[(n * Cout + co) * Ho * Wo + i] = b ? b.data[co] : 0
      for (let ci = 0; ci < Cin; ci++)
        for (let ih = 0; ih < H; ih++)
          for (let iw = 0; iw < W; iw++)
            for (let u = 0; u < kH; u++)
              for (let v = 0; v < kW; v++) {
                const oh = ih * s[0] - p[0] + u * d[0]
                const ow = iw * s[1] - p[1] + v * d[1]
                if (oh >= 0 && oh < Ho && ow >= 0 && ow < Wo) {
                  out[((n * Cout + co) * Ho + oh) * Wo + ow] +=
                    x.get(n, ci, ih, iw) * w.get(ci, co, u, v)
                }
              }
    }
  return new Tensor(out, [N, Cout, Ho, Wo])
}

const config = fc
  .record({
    N: fc.integer({ min: 1, max: 2 }),
    Cin: fc.integer({ min: 1, max: 3 }),
    Cout: fc.integer({ min: 1, max: 3 }),
    H: fc.integer({ min: 1, max: 4 }),
    W: fc.integer({ min: 1, max: 4 }),
    kH: fc.integer({ min: 1, max: 3 }),
    kW: fc.integer({ min: 1, max: 3 }),
    s: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
    d: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
    p: fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 1 })),
    op: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
    seed: fc.integer({ min: 0, max: 1e6 }),
  })
  .map((c) => ({
    ...c,
    // output padding must stay below stride or dilation; padding must leave an output
    op: [0, 1].map((i) => Math.min(c.op[i], Math.max(c.s[i], c.d[i]) - 1)),
    p: [0, 1].map((i) =>
      ([c.H, c.W][i] - 1) * c.s[i] + c.d[i] * ([c.kH, c.kW][i] - 1) + 1 - 2 * c.p[i] >= 1
        ? c.p[i]
        : 0,
    ),
  }))

describe('convTranspose2d', () => {
  it('stamps the kernel as the definition says, and passes a gradient check', () => {
    fc.assert(
      fc.property(config, (c) => {
        const x = randomTensor([c.N, c.Cin, c.H, c.W], c.seed)
        const w = randomTensor([c.Cin, c.Cout, c.kH, c.kW], c.seed + 1)
        const b = randomTensor([c.Cout], c.seed + 2)
        const opts = {
          stride: c.s as [number, number],
          padding: c.p as [number, number],
          outputPadding: c.op as [number, number],
          dilation: c.d as [number, number],
        }
        const y = convTranspose2d(x, w, b, opts)
        const ref = referenceStamp(x, w, b, c.s, c.p, c.op, c.d)
        expect(y.shape).toEqual(ref.shape)
        expect(maxDiff(y.data, ref.data)).toBeLessThan(1e-12)
        const r = randomTensor([...y.shape], c.seed + 3).data
        const f = (xi: Tensor, wi: Tensor, bi: Tensor) =>
          weightedSum(convTranspose2d(xi, wi, bi, opts), r)
        expect(gradcheck(f, [x, w, b])).toEqual([])
      }),
      { numRuns: 25 },
    )
  })

  it('is the adjoint of conv2d: <conv2d(y, w), x> = <y, convTranspose2d(x, w)>', () => {
    const y = randomTensor([1, 2, 5, 5], 1)
    const w = randomTensor([3, 2, 3, 3], 2)
    const opts = { stride: 2, padding: 1 }
    const x = randomTensor([1, 3, 3, 3], 3)
    const left = conv2d(y, w, null, opts).data.reduce((a, v, i) => a + v * x.data[i], 0)
    const right = convTranspose2d(x, w, null, opts).data.reduce((a, v, i) => a + v * y.data[i], 0)
    expect(Math.abs(left - right)).toBeLessThan(1e-12)
  })

  it('rejects mismatched channels and bad output padding', () => {
    const x = randomTensor([1, 2, 3, 3], 1)
    expect(() => convTranspose2d(x, randomTensor([3, 1, 3, 3], 2))).toThrow(
      'convTranspose2d: weight has 3 input channels but input has 2 (input [1, 2, 3, 3], weight [3, 1, 3, 3])',
    )
    expect(() =>
      convTranspose2d(x, randomTensor([2, 1, 3, 3], 2), null, { outputPadding: 1 }),
    ).toThrow(
      /convTranspose2d: height: output padding 1 must be smaller than the stride \(1\) or the dilation \(1\)/,
    )
  })
})

describe('depthConcat', () => {
  it('centres the smaller map, odd pixel after, and routes gradients back', () => {
    const a = randomTensor([1, 1, 2, 3], 1)
    const b = randomTensor([1, 2, 5, 4], 2)
    const y = depthConcat([a, b])
    expect(y.shape).toEqual([1, 3, 5, 4])
    // a: 2 rows in 5 -> top floor(3/2) = 1 (one zero row above, two below); 3 cols in 4 -> left 0
    expect(y.get(0, 0, 1, 0)).toBe(a.get(0, 0, 0, 0))
    expect(y.get(0, 0, 2, 2)).toBe(a.get(0, 0, 1, 2))
    expect(y.get(0, 0, 0, 0)).toBe(0)
    expect(y.get(0, 0, 3, 0)).toBe(0)
    expect(y.get(0, 0, 1, 3)).toBe(0)
    expect(y.get(0, 2, 4, 3)).toBe(b.get(0, 1, 4, 3))
    const r = randomTensor([1, 3, 5, 4], 3).data
    expect(gradcheck((ai, bi) => weightedSum(depthConcat([ai, bi]), r), [a, b])).toEqual([])
  })

  it('rejects different batch sizes and wrong ranks', () => {
    expect(() =>
      depthConcat([randomTensor([1, 1, 2, 2], 1), randomTensor([2, 1, 2, 2], 2)]),
    ).toThrow(
      'depthConcat: tensor 1 has batch 2 but tensor 0 has 1 (shapes [1, 1, 2, 2], [2, 1, 2, 2])',
    )
    expect(() => depthConcat([randomTensor([1, 2, 2], 1)])).toThrow(
      'depthConcat: tensor 0 must be 4-D',
    )
    expect(() => depthConcat([])).toThrow('depthConcat: needs at least one tensor')
  })
})
