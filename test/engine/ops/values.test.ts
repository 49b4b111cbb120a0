/** Forward values of the ops on small cases worked by hand, and PyTorch's shape semantics. */
import { describe, expect, it } from 'vitest'
import * as E from '../../../src/engine/index.ts'
import { tensor } from '../../../src/engine/tensor.ts'

const arr = (t: E.Tensor) => Array.from(t.data)

describe('broadcasting values', () => {
  it('[2, 1] + [3] -> [2, 3]; [2, 3] * scalar; scalar - tensor', () => {
    const a = tensor([[1], [2]])
    const b = tensor([10, 20, 30])
    const s = E.add(a, b)
    expect(s.shape).toEqual([2, 3])
    expect(arr(s)).toEqual([11, 21, 31, 12, 22, 32])
    expect(arr(E.mul(s, 2))).toEqual([22, 42, 62, 24, 44, 64])
    expect(arr(E.sub(1, a))).toEqual([0, -1])
    expect(arr(E.div(b, tensor([[10], [5]])))).toEqual([1, 2, 3, 2, 4, 6])
  })
  it('gradient of a broadcast operand sums over the stretched dimensions', () => {
    const a = tensor([[1], [2]], undefined, { requiresGrad: true })
    const b = tensor([10, 20, 30], undefined, { requiresGrad: true })
    E.sum(E.mul(a, b)).backward()
    expect(arr(a.grad ? new E.Tensor(a.grad, [2]) : E.zeros([2]))).toEqual([60, 60])
    expect(Array.from(b.grad!)).toEqual([3, 3, 3])
  })
})

describe('matmul, reductions, softmax', () => {
  it('matmul of [2, 3] by [3, 2]', () => {
    const c = E.matmul(
      tensor([
        [1, 2, 3],
        [4, 5, 6],
      ]),
      tensor([
        [7, 8],
        [9, 10],
        [11, 12],
      ]),
    )
    expect(arr(c)).toEqual([58, 64, 139, 154])
  })
  it('sum, mean, max along a dim with keepdim', () => {
    const x = tensor([
      [1, 5, 3],
      [4, 2, 6],
    ])
    expect(arr(E.sum(x, 0))).toEqual([5, 7, 9])
    expect(E.sum(x, 1, true).shape).toEqual([2, 1])
    expect(arr(E.mean(x, -1))).toEqual([3, 4])
    expect(arr(E.max(x, 1))).toEqual([5, 6])
    expect(E.max(x).item()).toBe(6)
    expect(E.sum(x).shape).toEqual([])
    expect(E.max(tensor([1, NaN, 3])).item()).toBeNaN()
  })
  it('softmax of huge logits stays finite and sums to 1', () => {
    const p = E.softmax(tensor([1000, 1001, 1002]))
    expect(p.data.every(Number.isFinite)).toBe(true)
    expect(p.data.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14)
    // softmax(0, 1, 2) = e^k / (1 + e + e²)
    const z = 1 + Math.E + Math.E ** 2
    expect(p.data[2]).toBeCloseTo(Math.E ** 2 / z, 15)
    expect(E.logSoftmax(tensor([1000, 1001, 1002])).data[0]).toBeCloseTo(-Math.log(z), 12)
  })
})

describe('crossEntropy semantics', () => {
  it('mean over non-ignored positions only (PyTorch), sum, none', () => {
    const logits = tensor([
      [0, 0],
      [Math.log(3), 0],
      [5, -5],
    ])
    // position 0: -log(1/2); position 1 target 0: -log(3/4); position 2 ignored
    const expected = [Math.log(2), -Math.log(3 / 4)]
    const mean = E.crossEntropy(logits, [1, 0, -100])
    expect(mean.item()).toBeCloseTo((expected[0] + expected[1]) / 2, 14)
    expect(E.crossEntropy(logits, [1, 0, -100], { reduction: 'sum' }).item()).toBeCloseTo(
      expected[0] + expected[1],
      14,
    )
    const none = E.crossEntropy(logits, [1, 0, -100], { reduction: 'none' })
    expect(none.shape).toEqual([3])
    expect(none.data[2]).toBe(0)
  })
  it('[N, C, d] logits with [N, d] targets', () => {
    const logits = E.permute(
      tensor([
        [
          [0, 0],
          [Math.log(3), 0],
        ],
      ]),
      [0, 2, 1],
    )
    expect(logits.shape).toEqual([1, 2, 2])
    expect(E.crossEntropy(logits, tensor([[1, 0]])).item()).toBeCloseTo(
      (Math.log(2) - Math.log(3 / 4)) / 2,
      14,
    )
  })
})

describe('shape ops', () => {
  it('reshape with -1, transpose, narrow, cat, pad', () => {
    const x = tensor([
      [1, 2, 3],
      [4, 5, 6],
    ])
    expect(E.reshape(x, [3, -1]).shape).toEqual([3, 2])
    expect(arr(E.transpose(x))).toEqual([1, 4, 2, 5, 3, 6])
    expect(arr(E.narrow(x, 1, 1, 2))).toEqual([2, 3, 5, 6])
    expect(arr(E.cat([x, x], 1))).toEqual([1, 2, 3, 1, 2, 3, 4, 5, 6, 4, 5, 6])
    const p = E.pad(tensor([[1, 2]]), [1, 0, 0, 1])
    expect(p.shape).toEqual([2, 3])
    expect(arr(p)).toEqual([0, 1, 2, 0, 0, 0])
  })
})

describe('dropout', () => {
  it('inverted scaling keeps the mean; eval is the identity; one mask serves every step', () => {
    const rng = new E.Random(11)
    const x = E.ones([1000])
    const y = E.dropout(x, 0.3, { rng })
    expect(y.data.every((v) => v === 0 || Math.abs(v - 1 / 0.7) < 1e-15)).toBe(true)
    expect(E.mean(y).item()).toBeCloseTo(1, 1)
    expect(E.dropout(x, 0.3, { training: false })).toBe(x)
    const mask = E.dropoutMask([2, 3], 0.5, rng)
    const seq = E.dropout(E.ones([4, 2, 3]), 0.5, { mask })
    for (let t = 1; t < 4; t++)
      expect(arr(E.narrow(seq, 0, t, 1))).toEqual(arr(E.narrow(seq, 0, 0, 1)))
    expect(() => E.dropout(x, 0.3)).toThrow(/needs a mask or a Random/)
    expect(() => E.dropout(x, 1, { rng })).toThrow(/p must be in \[0, 1\)/)
  })
})

describe('normalisation', () => {
  it('batchNorm: per-channel zero mean, unit (biased) variance; running stats use the unbiased variance', () => {
    const x = tensor([
      [1, 10],
      [3, 30],
    ])
    const rm = E.zeros([2])
    const rv = E.ones([2])
    const y = E.batchNorm(x, rm, rv, null, null, { eps: 0 })
    expect(arr(y)).toEqual([-1, -1, 1, 1])
    // channel 0: mean 2, unbiased var 2 -> running 0.9·0 + 0.1·2, 0.9·1 + 0.1·2
    expect(arr(rm)[0]).toBeCloseTo(0.2, 15)
    expect(arr(rv)[0]).toBeCloseTo(1.1, 15)
    const evalY = E.batchNorm(tensor([[2.2, 0]]), tensor([0.2, 0]), tensor([4, 1]), null, null, {
      training: false,
      eps: 0,
    })
    expect(arr(evalY)).toEqual([1, 0])
  })
  it('layerNorm normalises each example over its features', () => {
    const y = E.layerNorm(
      tensor([
        [1, 3],
        [10, 30],
      ]),
      [2],
      null,
      null,
      0,
    )
    expect(arr(y)).toEqual([-1, 1, -1, 1])
  })
})

describe('autograd bookkeeping', () => {
  it('leaf gradients accumulate across backward calls; intermediate ones are recomputed, not doubled', () => {
    const x = tensor([2], undefined, { requiresGrad: true })
    const y = E.mul(x, x)
    const z = E.mul(y, 3)
    z.backward()
    expect(x.grad![0]).toBe(12)
    z.backward()
    expect(x.grad![0]).toBe(24)
    expect(y.grad![0]).toBe(3)
  })
})
