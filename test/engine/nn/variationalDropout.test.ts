/** Variational dropout: one mask per sequence on the recurrent state, the same at every step. */
import { describe, expect, it } from 'vitest'
import * as E from '../../../src/engine/index.ts'
import { Tensor } from '../../../src/engine/tensor.ts'
import { gradcheck } from '../../helpers/gradcheck.ts'
import { maxDiff, randn, weights } from './helpers.ts'

describe('variational dropout in an unrolled RNN', () => {
  const rng = new E.Random(12)
  const w = weights(rng, 2, 4, 1)
  const x = randn(rng, [6, 3, 2])
  const mask = E.dropoutMask([3, 4], 0.5, new E.Random(99))
  const dropped = Array.from(mask.data.keys()).filter((k) => mask.data[k] === 0)

  /** h_t = tanh(x_t W_ihᵀ + (m ⊙ h_{t-1}) W_hhᵀ + b), the same m at every step. */
  const run = (weightHh: Tensor, hs: Tensor[] = []) =>
    E.unroll(x, E.zeros([3, 4]), (xt, h) => {
      hs.push(h)
      return E.rnnCell(xt, E.dropout(h, 0.5, { mask }), { ...w, weightHh })
    })

  it('the same hidden units are cut at every step: no gradient reaches a dropped unit of any h_t', () => {
    expect(dropped.length).toBeGreaterThan(0)
    const wh = w.weightHh.detach()
    wh.requiresGrad = true
    const inputs: Tensor[] = []
    const hs = run(wh, inputs)
    E.sum(hs[hs.length - 1]).backward()
    inputs.slice(1).forEach((h) => {
      dropped.forEach((k) => expect(h.grad![k]).toBe(0))
      expect(h.grad!.some((g) => g !== 0)).toBe(true)
    })
  })
  it('gradients through the masked unrolled chain match finite differences', () => {
    const f = (wh: Tensor) => {
      const hs = run(wh)
      return E.sum(hs[hs.length - 1])
    }
    expect(gradcheck(f, [w.weightHh.detach()])).toEqual([])
  })
  it('eval mode ignores the mask', () => {
    const h = randn(rng, [3, 4])
    expect(E.dropout(h, 0.5, { mask, training: false })).toBe(h)
  })
})

describe('variational dropout inside the fused sequence ops (recurrentMask)', () => {
  const sizes = [
    [1, 1, 1, 1],
    [4, 2, 3, 3],
    [6, 3, 2, 4],
  ]
  for (const [T, N, I, H] of sizes) {
    it(`T=${T}, N=${N}, I=${I}, H=${H}: fused RNN and LSTM equal the unrolled cells with a masked h, and gradcheck`, () => {
      const rng = new E.Random(T * 100 + H)
      const x = randn(rng, [T, N, I])
      const mask = E.dropoutMask([N, H], 0.4, rng)
      const w1 = weights(rng, I, H, 1)
      const fusedRnn = E.rnn(x, null, w1, 'tanh', mask)
      const cellRnn = E.unroll(x, E.zeros([N, H]), (xt, h) => E.rnnCell(xt, E.mul(h, mask), w1))
      expect(maxDiff(fusedRnn.hN.data, cellRnn[T - 1].data)).toBeLessThan(1e-12)
      const w4 = weights(rng, I, H, 4)
      const fusedLstm = E.lstm(x, null, w4, 'standard', mask)
      const cellLstm = E.unroll(x, { h: E.zeros([N, H]), c: E.zeros([N, H]) }, (xt, s) =>
        E.lstmCell(xt, { h: E.mul(s.h, mask), c: s.c }, w4),
      )
      expect(maxDiff(fusedLstm.hN.data, cellLstm[T - 1].h.data)).toBeLessThan(1e-12)
      const h0 = randn(rng, [N, H])
      const rnnLoss = (x: Tensor, h0: Tensor, wh: Tensor) =>
        E.sum(E.mul(E.rnn(x, h0, { ...w1, weightHh: wh }, 'tanh', mask).output, 0.3))
      expect(gradcheck(rnnLoss, [x.detach(), h0, w1.weightHh])).toEqual([])
      const lstmLoss = (x: Tensor, h0: Tensor, wh: Tensor) =>
        E.sum(E.lstm(x, { h0 }, { ...w4, weightHh: wh }, 'standard', mask).output)
      expect(gradcheck(lstmLoss, [x.detach(), h0.detach(), w4.weightHh])).toEqual([])
    })
    it(`T=${T}, N=${N}, I=${I}, H=${H}: fused GRU gradcheck; a mask of ones changes nothing; zeros cut W_hh out`, () => {
      const rng = new E.Random(T * 10 + N)
      const x = randn(rng, [T, N, I])
      const w3 = weights(rng, I, H, 3)
      const mask = E.dropoutMask([N, H], 0.4, rng)
      const h0 = randn(rng, [N, H])
      const loss = (x: Tensor, h0: Tensor, wh: Tensor) =>
        E.sum(E.gru(x, h0, { ...w3, weightHh: wh }, mask).output)
      expect(gradcheck(loss, [x.detach(), h0, w3.weightHh])).toEqual([])
      const plain = E.gru(x, h0, w3).output
      expect(maxDiff(E.gru(x, h0, w3, E.ones([N, H])).output.data, plain.data)).toBe(0)
      const cut = E.gru(x, h0, w3, E.zeros([N, H]))
      const noRecurrence = E.gru(x, h0, { ...w3, weightHh: E.zeros([3 * H, H]) })
      expect(maxDiff(cut.output.data, noRecurrence.output.data)).toBe(0)
    })
  }
  it('the modules pass the mask through, and a wrong mask shape is refused', () => {
    const rng = new E.Random(1)
    const lstm = new E.LSTM(2, 3, { rng })
    const x = randn(rng, [3, 2, 2])
    const mask = E.dropoutMask([2, 3], 0.5, rng)
    expect(Array.from(lstm.forward(x, null, mask).output.data)).toEqual(
      Array.from(E.lstm(x, null, lstm, 'standard', mask).output.data),
    )
    expect(() => lstm.forward(x, null, E.ones([1, 3]))).toThrow(
      /lstm: recurrentMask must be \[2, 3\], got \[1, 3\]/,
    )
    expect(() => new E.GRU(2, 3).forward(x, null, E.ones([2, 2]))).toThrow(/gru: recurrentMask/)
    expect(() => new E.RNN(2, 3).forward(x, null, E.ones([2]))).toThrow(/rnn: recurrentMask/)
  })
})
