/** Bad input fails loudly, naming the op, the argument and the shapes: never a silent NaN. */
import { describe, expect, it } from 'vitest'
import * as E from '../../src/engine/index.ts'
import { tensor } from '../../src/engine/tensor.ts'

describe('bad input', () => {
  it('shape mismatches name both shapes', () => {
    expect(() => E.matmul(E.zeros([2, 3]), E.zeros([4, 5]))).toThrow(
      "matmul: a is [2, 3] but b is [4, 5]: a's last dimension (3) must equal b's first (4)",
    )
    expect(() => E.add(E.zeros([2, 3]), E.zeros([4]))).toThrow(/add: a is \[2, 3\] but b is \[4\]/)
    expect(() => E.matmul(E.zeros([2]), E.zeros([2, 2]))).toThrow(/both must be 2-D or 3-D/)
    expect(() => E.linear(E.zeros([2, 3]), E.zeros([4, 2]))).toThrow(
      /linear: x is \[2, 3\] but weight is \[4, 2\]/,
    )
    expect(() => E.cat([E.zeros([2, 3]), E.zeros([3, 3])], 1)).toThrow(
      /cat: tensor 0 is \[2, 3\] but tensor 1 is \[3, 3\]/,
    )
    expect(() => E.reshape(E.zeros([2, 3]), [4, -1])).toThrow(/cannot view \[2, 3\]/)
    expect(() => E.narrow(E.zeros([2, 3]), 1, 2, 2)).toThrow(/do not fit dimension 1/)
    expect(() => E.mseLoss(E.zeros([2]), E.zeros([3]))).toThrow(
      /input is \[2\] but target is \[3\]/,
    )
  })
  it('dims out of range, negative or fractional sizes', () => {
    expect(() => E.sum(E.zeros([2, 3]), 2)).toThrow(/dim 2 is out of range/)
    expect(() => E.zeros([2, -1])).toThrow(/non-negative integers/)
    expect(() => E.zeros([1.5])).toThrow(/non-negative integers/)
    expect(() => new E.Linear(0, 3)).toThrow(/positive integers/)
    expect(() => new E.LSTM(3, -2)).toThrow(/positive integers/)
  })
  it('non-finite values are rejected where they would poison everything after', () => {
    expect(() => tensor([1, NaN], undefined, { checkFinite: true })).toThrow(
      /non-finite value \(NaN\) at flat index 1/,
    )
    expect(() => tensor([1, NaN])).not.toThrow()
    expect(() => E.crossEntropy(tensor([[0, Infinity]]), [0])).toThrow(
      /crossEntropy: logits \[1, 2\] holds a non-finite value/,
    )
    const w = {
      weightIh: E.zeros([2, 1]),
      weightHh: tensor([
        [NaN, 0],
        [0, 0],
      ]),
    }
    expect(() => E.rnn(E.zeros([3, 1, 1]), null, w)).toThrow(
      /rnn: weightHh \[2, 2\] holds a non-finite value/,
    )
    expect(() =>
      E.lstm(tensor([[[NaN]]]), null, { weightIh: E.zeros([4, 1]), weightHh: E.zeros([4, 1]) }),
    ).toThrow(/lstm: input/)
  })
  it('crossEntropy targets must be classes, and a mean over only ignored positions is refused', () => {
    expect(() => E.crossEntropy(E.zeros([2, 3]), [0, 3])).toThrow(
      /target 3 at position 1 is not a class in \[0, 3\)/,
    )
    expect(() => E.crossEntropy(E.zeros([2, 3]), [0])).toThrow(/targets need 2 entries/)
    expect(() => E.crossEntropy(E.zeros([2, 3]), [-100, -100])).toThrow(/mean over zero positions/)
    expect(E.crossEntropy(E.zeros([2, 3]), [-100, -100], { reduction: 'sum' }).item()).toBe(0)
  })
  it('recurrent ops check ranks and weight shapes against the input', () => {
    const w = { weightIh: E.zeros([3, 2]), weightHh: E.zeros([3, 3]) }
    expect(() => E.rnn(E.zeros([4, 2]), null, w)).toThrow(/rnn: input must be \[T, N, input_size\]/)
    expect(() => E.rnn(E.zeros([4, 1, 5]), null, w)).toThrow(
      /rnn: weightIh must be \[3, 5\], got \[3, 2\]/,
    )
    expect(() => E.rnn(E.zeros([4, 1, 2]), E.zeros([2, 3]), w)).toThrow(
      /rnn: h0 must be \[1, 3\], got \[2, 3\]/,
    )
    expect(() => E.lstm(E.zeros([4, 1, 2]), null, w)).toThrow(/lstm: weightHh must be \[4H, H\]/)
    expect(() => E.oneHot([0, 5], 3)).toThrow(/token 5 at position 1 is not in \[0, 3\)/)
    expect(() =>
      E.lstm(
        E.zeros([1, 1, 1]),
        null,
        { weightIh: E.zeros([4, 1]), weightHh: E.zeros([4, 1]) },
        'peephole',
      ),
    ).toThrow(/needs weightCi/)
  })
  it('backward needs a scalar or a seed of the right size', () => {
    const x = tensor([1, 2], undefined, { requiresGrad: true })
    expect(() => E.mul(x, 2).backward()).toThrow(/one-element tensor/)
    expect(() => E.mul(x, 2).backward([1])).toThrow(/seed has 1 values/)
  })
})
