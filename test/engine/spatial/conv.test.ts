import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conv1d, conv2d, convolve1d } from '../../../src/engine/spatial.ts'
import { tensor, Tensor } from '../../../src/engine/tensor.ts'
import { gradcheck } from '../../helpers/gradcheck.ts'
import {
  maxDiff,
  randomTensor,
  referenceConv2d,
  referenceConv2dGrads,
  weightedSum,
} from './helpers.ts'

/** Kernel sizes 1 to 3, with 3 (the unrolled fast path) two times in three. */
const kernelSize = fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant(3))

/** A random conv2d configuration that always has at least one output cell. */
const convConfig = fc
  .record({
    N: fc.integer({ min: 1, max: 2 }),
    C: fc.integer({ min: 1, max: 3 }),
    K: fc.integer({ min: 1, max: 3 }),
    kH: kernelSize,
    kW: kernelSize,
    sH: fc.integer({ min: 1, max: 3 }),
    sW: fc.integer({ min: 1, max: 3 }),
    dH: fc.integer({ min: 1, max: 2 }),
    dW: fc.integer({ min: 1, max: 2 }),
    pad: fc.tuple(...Array.from({ length: 4 }, () => fc.integer({ min: 0, max: 2 }))),
    extraH: fc.integer({ min: 0, max: 4 }),
    extraW: fc.integer({ min: 0, max: 4 }),
    bias: fc.boolean(),
    seed: fc.integer({ min: 0, max: 1e6 }),
  })
  .map((c) => {
    const [pt, pb, pl, pr] = c.pad
    // Padding beyond the kernel span would give all-padding windows; keep it plausible.
    const H = Math.max(1, c.dH * (c.kH - 1) + 1 - pt - pb) + c.extraH
    const W = Math.max(1, c.dW * (c.kW - 1) + 1 - pl - pr) + c.extraW
    return { ...c, H, W }
  })

describe('conv2d', () => {
  it('matches the definition for random shapes, strides, paddings and dilations', () => {
    fc.assert(
      fc.property(convConfig, (c) => {
        const x = randomTensor([c.N, c.C, c.H, c.W], c.seed)
        const w = randomTensor([c.K, c.C, c.kH, c.kW], c.seed + 1)
        const b = c.bias ? randomTensor([c.K], c.seed + 2) : null
        const [top, bottom, left, right] = c.pad
        const y = conv2d(x, w, b, {
          stride: [c.sH, c.sW],
          dilation: [c.dH, c.dW],
          padding: { top, bottom, left, right },
        })
        const ref = referenceConv2d(x, w, b, {
          stride: [c.sH, c.sW],
          dilation: [c.dH, c.dW],
          pad: [top, bottom, left, right],
        })
        expect(y.shape).toEqual(ref.shape)
        expect(maxDiff(y.data, ref.data)).toBeLessThan(1e-12)
      }),
      { numRuns: 60 },
    )
  })

  it('matches input and weight gradients taken from the definition (many configurations)', () => {
    fc.assert(
      fc.property(convConfig, fc.boolean(), (c, both) => {
        const x = randomTensor([c.N, c.C, c.H, c.W], c.seed, -1, 1)
        const w = randomTensor([c.K, c.C, c.kH, c.kW], c.seed + 1)
        x.requiresGrad = true
        w.requiresGrad = both
        const [top, bottom, left, right] = c.pad
        const y = conv2d(x, w, null, {
          stride: [c.sH, c.sW],
          dilation: [c.dH, c.dW],
          padding: { top, bottom, left, right },
        })
        const r = randomTensor([...y.shape], c.seed + 3).data
        weightedSum(y, r).backward()
        const ref = referenceConv2dGrads(x, w, r, {
          stride: [c.sH, c.sW],
          dilation: [c.dH, c.dW],
          pad: [top, bottom, left, right],
        })
        expect(maxDiff(x.grad!, ref.gx)).toBeLessThan(1e-12)
        if (both) expect(maxDiff(w.grad!, ref.gw)).toBeLessThan(1e-12)
        else expect(w.grad).toBeNull()
      }),
      { numRuns: 150 },
    )
  })

  it('passes a finite-difference gradient check for input, weight and bias', () => {
    fc.assert(
      fc.property(convConfig, (c) => {
        const x = randomTensor([c.N, c.C, c.H, c.W], c.seed)
        const w = randomTensor([c.K, c.C, c.kH, c.kW], c.seed + 1)
        const b = randomTensor([c.K], c.seed + 2)
        const [top, bottom, left, right] = c.pad
        const options = {
          stride: [c.sH, c.sW],
          dilation: [c.dH, c.dW],
          padding: { top, bottom, left, right },
        } as const
        const probe = conv2d(x, w, b, options)
        const r = randomTensor([...probe.shape], c.seed + 3).data
        const f = (xi: Tensor, wi: Tensor, bi: Tensor) =>
          weightedSum(conv2d(xi, wi, bi, options), r)
        expect(gradcheck(f, [x, w, b])).toEqual([])
      }),
      { numRuns: 25 },
    )
  })

  it("pads 'same' like PyTorch, the odd cell after", () => {
    const x = randomTensor([1, 1, 5, 6], 7)
    const w = randomTensor([1, 1, 2, 4], 8)
    const y = conv2d(x, w, null, { padding: 'same' })
    expect(y.shape).toEqual([1, 1, 5, 6])
    // total padding d(k-1): height 1 -> top 0, bottom 1; width 3 -> left 1, right 2
    const ref = referenceConv2d(x, w, null, { stride: [1, 1], dilation: [1, 1], pad: [0, 1, 1, 2] })
    expect(maxDiff(y.data, ref.data)).toBeLessThan(1e-12)
  })

  it('floors a stride that does not fit, as PyTorch does', () => {
    // 7 wide, kernel 3, stride 3: (7 - 3)/3 + 1 = 2.33 -> 2 outputs, the last input column unused
    const y = conv2d(randomTensor([1, 1, 7, 7], 1), randomTensor([1, 1, 3, 3], 2), null, {
      stride: 3,
    })
    expect(y.shape).toEqual([1, 1, 2, 2])
  })

  it('rejects bad arguments with the argument and the shapes named', () => {
    const x = randomTensor([1, 1, 5, 5], 1)
    expect(() => conv2d(x, randomTensor([2, 3, 3, 3], 2))).toThrow(
      'conv2d: weight has 3 input channels but input has 1 (input [1, 1, 5, 5], weight [2, 3, 3, 3])',
    )
    expect(() => conv2d(randomTensor([1, 5, 5], 1), randomTensor([2, 1, 3, 3], 2))).toThrow(
      'conv2d: input must be 4-D [N, C, H, W], got [1, 5, 5]',
    )
    expect(() => conv2d(x, randomTensor([2, 1, 3], 2))).toThrow('conv2d: weight must be 4-D')
    expect(() => conv2d(x, randomTensor([2, 1, 7, 3], 2))).toThrow(
      /conv2d: height: the kernel \(7\) is larger than the input \(5\).*input \[1, 1, 5, 5\], weight \[2, 1, 7, 3\]/,
    )
    expect(() => conv2d(x, randomTensor([2, 1, 3, 3], 2), null, { stride: 0 })).toThrow(
      'conv2d: height: stride must be at least 1, got 0',
    )
    expect(() => conv2d(x, randomTensor([2, 1, 3, 3], 2), null, { padding: -1 })).toThrow(
      /padding must be at least 0/,
    )
    expect(() => conv2d(x, randomTensor([2, 1, 3, 3], 2), null, { stride: 1.5 })).toThrow(
      /stride must be a whole number/,
    )
    expect(() => conv2d(x, randomTensor([2, 1, 3, 3], 2), randomTensor([3], 3))).toThrow(
      'conv2d: bias must be [2], one per filter, got [3]',
    )
    expect(() =>
      conv2d(x, randomTensor([2, 1, 3, 3], 2), null, { padding: 'same', stride: 2 }),
    ).toThrow("padding 'same' needs stride 1")
    const bad = randomTensor([1, 1, 5, 5], 1)
    bad.data[7] = NaN
    expect(() => conv2d(bad, randomTensor([2, 1, 3, 3], 2))).toThrow(
      'conv2d: input holds NaN at flat index 7',
    )
    expect(() => conv2d(randomTensor([0, 1, 5, 5], 1), randomTensor([2, 1, 3, 3], 2))).toThrow(
      'conv2d: batch must be at least 1',
    )
  })
})

describe('conv1d', () => {
  it('equals conv2d on a height-1 image and passes a gradient check', () => {
    fc.assert(
      fc.property(
        fc.record({
          C: fc.integer({ min: 1, max: 3 }),
          K: fc.integer({ min: 1, max: 3 }),
          k: fc.integer({ min: 1, max: 4 }),
          s: fc.integer({ min: 1, max: 3 }),
          d: fc.integer({ min: 1, max: 3 }),
          extra: fc.integer({ min: 0, max: 5 }),
          causal: fc.boolean(),
          seed: fc.integer({ min: 0, max: 1e6 }),
        }),
        (c) => {
          const L = c.d * (c.k - 1) + 1 + c.extra - (c.causal ? c.d * (c.k - 1) : 0)
          const x = randomTensor([2, c.C, L], c.seed)
          const w = randomTensor([c.K, c.C, c.k], c.seed + 1)
          const b = randomTensor([c.K], c.seed + 2)
          const opts = { stride: c.s, dilation: c.d, padding: c.causal ? ('causal' as const) : 0 }
          const y = conv1d(x, w, b, opts)
          const x2 = new Tensor(x.data, [2, c.C, 1, L])
          const w2 = new Tensor(w.data, [c.K, c.C, 1, c.k])
          const left = c.causal ? c.d * (c.k - 1) : 0
          const ref = referenceConv2d(x2, w2, b, {
            stride: [1, c.s],
            dilation: [1, c.d],
            pad: [0, 0, left, 0],
          })
          expect(y.shape).toEqual([2, c.K, ref.shape[3]])
          expect(maxDiff(y.data, ref.data)).toBeLessThan(1e-12)
          const r = randomTensor([...y.shape], c.seed + 3).data
          const f = (xi: Tensor, wi: Tensor, bi: Tensor) => weightedSum(conv1d(xi, wi, bi, opts), r)
          expect(gradcheck(f, [x, w, b])).toEqual([])
        },
      ),
      { numRuns: 25 },
    )
  })

  it('causal padding makes output t depend only on inputs up to t', () => {
    const x = randomTensor([1, 1, 10], 3)
    const w = randomTensor([1, 1, 3], 4)
    const y = conv1d(x, w, null, { padding: 'causal', dilation: 2 })
    expect(y.shape).toEqual([1, 1, 10])
    const changed = new Tensor(x.data.slice(), [1, 1, 10])
    changed.data[6] += 1
    const y2 = conv1d(changed, w, null, { padding: 'causal', dilation: 2 })
    for (let t = 0; t < 10; t++) {
      if (t < 6) expect(y2.data[t]).toBe(y.data[t])
      else if ((t - 6) % 2 === 0 && t - 6 <= 4) expect(y2.data[t]).not.toBe(y.data[t])
    }
  })
})

describe('convolve1d (true convolution)', () => {
  it('flips the kernel: [1, 2, 3] * [0, 1, 0.5] by hand', () => {
    // Textbook convolution y[n] = sum_m w[m] x[n + k - 1 - m] on the valid range, kernel [0, 1, 0.5]:
    // y[0] = 0*3 + 1*2 + 0.5*1 = 2.5 (kernel reversed against x[0..2] = [1, 2, 3])
    const x = tensor([[[1, 2, 3]]])
    const w = tensor([[[0, 1, 0.5]]])
    expect(convolve1d(x, w).data[0]).toBe(2.5)
    // cross-correlation slides the kernel as written: 0*1 + 1*2 + 0.5*3 = 3.5
    expect(conv1d(x, w).data[0]).toBe(3.5)
  })

  it('gradient reaches the unflipped weight', () => {
    const x = randomTensor([1, 2, 6], 1)
    const w = randomTensor([2, 2, 3], 2)
    const r = randomTensor([1, 2, 4], 3).data
    expect(gradcheck((xi, wi) => weightedSum(convolve1d(xi, wi), r), [x, w])).toEqual([])
  })
})
