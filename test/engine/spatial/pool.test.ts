import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  avgPool1d,
  avgPool2d,
  lpPool1d,
  lpPool2d,
  maxPool1d,
  maxPool2d,
  maxPool2dWithIndices,
} from '../../../src/engine/spatial.ts'
import { Tensor, tensor } from '../../../src/engine/tensor.ts'
import { gradcheck } from '../../helpers/gradcheck.ts'
import { distinctTensor, maxDiff, randomTensor, weightedSum } from './helpers.ts'

/** A random pooling configuration with padding at most half the window, as PyTorch requires. */
const poolConfig = fc
  .record({
    N: fc.integer({ min: 1, max: 2 }),
    C: fc.integer({ min: 1, max: 2 }),
    kH: fc.integer({ min: 1, max: 3 }),
    kW: fc.integer({ min: 1, max: 3 }),
    sH: fc.integer({ min: 1, max: 3 }),
    sW: fc.integer({ min: 1, max: 3 }),
    dH: fc.integer({ min: 1, max: 2 }),
    dW: fc.integer({ min: 1, max: 2 }),
    pH: fc.integer({ min: 0, max: 1 }),
    pW: fc.integer({ min: 0, max: 1 }),
    extraH: fc.integer({ min: 0, max: 4 }),
    extraW: fc.integer({ min: 0, max: 4 }),
    ceilMode: fc.boolean(),
    seed: fc.integer({ min: 0, max: 1e6 }),
  })
  .map((c) => ({
    ...c,
    pH: 2 * c.pH <= c.dH * (c.kH - 1) + 1 ? c.pH : 0,
    pW: 2 * c.pW <= c.dW * (c.kW - 1) + 1 ? c.pW : 0,
    H: c.dH * (c.kH - 1) + 1 + c.extraH,
    W: c.dW * (c.kW - 1) + 1 + c.extraW,
  }))

/** The window settings the reference needs. */
interface Cfg {
  kH: number
  kW: number
  sH: number
  sW: number
  dH: number
  dW: number
  pH: number
  pW: number
  ceilMode: boolean
}

/** PyTorch's pooled size: floor, or ceil with the last window starting inside input or left pad. */
function pooledSize(size: number, k: number, s: number, p: number, d: number, ceil: boolean) {
  const span = size + 2 * p - d * (k - 1) - 1
  let out = (ceil ? Math.ceil(span / s) : Math.floor(span / s)) + 1
  if (ceil && (out - 1) * s >= size + p) out--
  return out
}

/** Pooling from the definition: collect each window's real cells, then reduce them. */
function referencePool(
  x: Tensor,
  c: Cfg,
  reduce: (cells: number[], area: number) => number,
  dilated = true,
): number[] {
  const [N, C, H, W] = x.shape
  const dH = dilated ? c.dH : 1
  const dW = dilated ? c.dW : 1
  const Ho = pooledSize(H, c.kH, c.sH, c.pH, dH, c.ceilMode)
  const Wo = pooledSize(W, c.kW, c.sW, c.pW, dW, c.ceilMode)
  const out: number[] = []
  for (let n = 0; n < N; n++)
    for (let ch = 0; ch < C; ch++)
      for (let i = 0; i < Ho; i++)
        for (let j = 0; j < Wo; j++) {
          const cells: number[] = []
          for (let u = 0; u < c.kH; u++)
            for (let v = 0; v < c.kW; v++) {
              const ih = i * c.sH - c.pH + u * dH
              const iw = j * c.sW - c.pW + v * dW
              if (ih >= 0 && ih < H && iw >= 0 && iw < W) cells.push(x.get(n, ch, ih, iw))
            }
          // the window's cells inside the padded input (all of them unless ceil mode cut it short)
          const h0 = i * c.sH - c.pH
          const w0 = j * c.sW - c.pW
          const area = (Math.min(h0 + c.kH, H + c.pH) - h0) * (Math.min(w0 + c.kW, W + c.pW) - w0)
          out.push(reduce(cells, area))
        }
  return out
}

describe('maxPool2d', () => {
  it('matches the definition and its gradient goes to the arg max', () => {
    fc.assert(
      fc.property(poolConfig, (c) => {
        const x = distinctTensor([c.N, c.C, c.H, c.W], c.seed)
        const opts = {
          stride: [c.sH, c.sW],
          padding: [c.pH, c.pW],
          dilation: [c.dH, c.dW],
          ceilMode: c.ceilMode,
        } as const
        const y = maxPool2d(x, [c.kH, c.kW], opts)
        expect(Array.from(y.data)).toEqual(referencePool(x, c, (cells) => Math.max(...cells)))
        const r = randomTensor([...y.shape], c.seed + 1).data
        expect(gradcheck((xi) => weightedSum(maxPool2d(xi, [c.kH, c.kW], opts), r), [x])).toEqual(
          [],
        )
      }),
      { numRuns: 25 },
    )
  })

  it('breaks ties by the first maximum in row-major window order, as PyTorch', () => {
    const x = tensor(
      [
        [
          [
            [1, 5],
            [5, 5],
          ],
        ],
      ],
      undefined,
      { requiresGrad: true },
    )
    const { output, indices } = maxPool2dWithIndices(x, 2)
    expect(output.data[0]).toBe(5)
    expect(indices[0]).toBe(1) // (0, 1) comes first in row-major order
    output.backward([1])
    expect(Array.from(x.grad!)).toEqual([0, 1, 0, 0])
  })

  it('never picks a padding cell, even when every real value is negative', () => {
    const y = maxPool2d(
      tensor([
        [
          [
            [-3, -2],
            [-1, -4],
          ],
        ],
      ]),
      2,
      { stride: 1, padding: 1 },
    )
    expect(Array.from(y.data)).toEqual([-3, -2, -2, -1, -1, -2, -1, -1, -4])
  })

  it('rejects bad arguments with names and shapes', () => {
    const x = randomTensor([1, 1, 4, 4], 1)
    expect(() => maxPool2d(x, 5)).toThrow(
      /maxPool2d: height: the kernel \(5\) is larger than the input \(4\).*input \[1, 1, 4, 4\]/,
    )
    expect(() => maxPool2d(x, 2, { padding: 2 })).toThrow(
      /maxPool2d: height: padding 2 is more than half/,
    )
    expect(() => maxPool2d(randomTensor([4, 4], 1), 2)).toThrow(
      'maxPool2d: input must be 4-D [N, C, H, W], got [4, 4]',
    )
    x.data[3] = Infinity
    expect(() => maxPool2d(x, 2)).toThrow('maxPool2d: input holds Infinity at flat index 3')
  })
})

describe('avgPool2d', () => {
  it('matches the definition with and without counting padding, and passes a gradient check', () => {
    fc.assert(
      fc.property(poolConfig, fc.boolean(), (c0, countIncludePad) => {
        const c = { ...c0, dH: 1, dW: 1, H: c0.kH + c0.extraH, W: c0.kW + c0.extraW }
        c.pH = 2 * c0.pH <= c.kH ? c0.pH : 0
        c.pW = 2 * c0.pW <= c.kW ? c0.pW : 0
        const x = randomTensor([c.N, c.C, c.H, c.W], c.seed)
        const opts = {
          stride: [c.sH, c.sW],
          padding: [c.pH, c.pW],
          countIncludePad,
          ceilMode: c.ceilMode,
        } as const
        const y = avgPool2d(x, [c.kH, c.kW], opts)
        const ref = referencePool(
          x,
          c,
          (cells, area) =>
            cells.reduce((a, b) => a + b, 0) / (countIncludePad ? area : cells.length),
          false,
        )
        expect(maxDiff(y.data, ref)).toBeLessThan(1e-12)
        const r = randomTensor([...y.shape], c.seed + 1).data
        expect(gradcheck((xi) => weightedSum(avgPool2d(xi, [c.kH, c.kW], opts), r), [x])).toEqual(
          [],
        )
      }),
      { numRuns: 25 },
    )
  })
})

describe('lpPool2d', () => {
  it('computes (sum x^p)^(1/p) and passes a gradient check', () => {
    fc.assert(
      fc.property(poolConfig, fc.constantFrom(1, 2, 3, 1.5), (c0, p) => {
        const c = {
          ...c0,
          pH: 0,
          pW: 0,
          dH: 1,
          dW: 1,
          ceilMode: false,
          H: c0.kH + c0.extraH,
          W: c0.kW + c0.extraW,
        }
        const x = randomTensor([c.N, c.C, c.H, c.W], c.seed, 0.2, 1.5)
        const opts = { stride: [c.sH, c.sW] } as const
        const y = lpPool2d(x, p, [c.kH, c.kW], opts)
        const ref = referencePool(
          x,
          c,
          (cells) => cells.reduce((a, b) => a + b ** p, 0) ** (1 / p),
          false,
        )
        expect(maxDiff(y.data, ref)).toBeLessThan(1e-12)
        const r = randomTensor([...y.shape], c.seed + 1).data
        expect(gradcheck((xi) => weightedSum(lpPool2d(xi, p, [c.kH, c.kW], opts), r), [x])).toEqual(
          [],
        )
      }),
      { numRuns: 25 },
    )
  })

  it('p = 2 over [3, 4] is the Euclidean length 5; negative inputs need an integer p', () => {
    expect(lpPool2d(tensor([[[[3, 4]]]]), 2, [1, 2]).data[0]).toBe(5) // sqrt(9 + 16)
    expect(lpPool2d(tensor([[[[-3, 4]]]]), 2, [1, 2]).data[0]).toBe(5)
    expect(() => lpPool2d(tensor([[[[-3, 4]]]]), 1.5, [1, 2])).toThrow(
      /lpPool2d: input holds -3 at flat index 0/,
    )
    expect(() => lpPool2d(tensor([[[[3, 4]]]]), 0.5, [1, 2])).toThrow(
      'lpPool2d: normType must be a finite number >= 1, got 0.5',
    )
  })
})

describe('1-D pools', () => {
  it('equal the 2-D pools on a height-1 map', () => {
    const x = distinctTensor([2, 3, 11], 5)
    const x2 = new Tensor(x.data, [2, 3, 1, 11])
    expect(Array.from(maxPool1d(x, 3, { stride: 2, padding: 1, dilation: 2 }).data)).toEqual(
      Array.from(maxPool2d(x2, [1, 3], { stride: [1, 2], padding: [0, 1], dilation: [1, 2] }).data),
    )
    expect(Array.from(avgPool1d(x, 3, { stride: 2, padding: 1 }).data)).toEqual(
      Array.from(avgPool2d(x2, [1, 3], { stride: [1, 2], padding: [0, 1] }).data),
    )
    const pos = new Tensor(
      x.data.map((v) => v + 1),
      [2, 3, 11],
    )
    expect(lpPool1d(pos, 2, 2).shape).toEqual([2, 3, 5])
    expect(maxPool1d(x, 3).shape).toEqual([2, 3, 3])
    expect(() => maxPool1d(x2, 3)).toThrow('maxPool1d: input must be 3-D [N, C, L]')
  })
})

describe('ceil mode', () => {
  it('keeps the last partial window: deck 001 pools 98x98 with 3x3 windows, no overlap', () => {
    // 98 = 32*3 + 2: floor gives (98 - 3)/3 + 1 = 32.67 -> 32 windows; ceil keeps a 33rd that holds
    // the last 2 columns only
    const x = distinctTensor([1, 1, 98, 98], 9)
    expect(maxPool2d(x, 3).shape).toEqual([1, 1, 32, 32])
    const y = maxPool2d(x, 3, { ceilMode: true })
    expect(y.shape).toEqual([1, 1, 33, 33])
    // the corner output sees only the 2x2 block at rows/columns 96..97
    const corner = Math.max(
      x.get(0, 0, 96, 96),
      x.get(0, 0, 96, 97),
      x.get(0, 0, 97, 96),
      x.get(0, 0, 97, 97),
    )
    expect(y.get(0, 0, 32, 32)).toBe(corner)
    // average pooling divides a partial window by its real cells only: 4
    const a = avgPool2d(x, 3, { ceilMode: true })
    const sum = [96, 97]
      .flatMap((i) => [96, 97].map((j) => x.get(0, 0, i, j)))
      .reduce((s, v) => s + v, 0)
    expect(a.get(0, 0, 32, 32)).toBeCloseTo(sum / 4, 14)
  })

  it('drops a window that would start in the right padding, as PyTorch does', () => {
    // size 4, kernel 2, stride 2, padding 1: ceil((4 + 2 - 2)/2) + 1 = 3 windows, starting at input
    // columns -1, 1, 3; all start inside the input or the left padding, so all 3 stay
    const opts = { padding: 1, ceilMode: true }
    expect(maxPool2d(distinctTensor([1, 1, 4, 4], 1), 2, opts).shape).toEqual([1, 1, 3, 3])
    // size 3: ceil((3 + 2 - 2)/2) + 1 = 3 windows starting at -1, 1, 3; the third starts at column 3,
    // in the right padding ((3 - 1) * 2 = 4 >= 3 + 1), so it is dropped and 2 remain
    expect(maxPool2d(distinctTensor([1, 1, 3, 3], 1), 2, opts).shape).toEqual([1, 1, 2, 2])
  })
})
