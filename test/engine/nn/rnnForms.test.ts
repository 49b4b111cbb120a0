/** The vanilla RNN's two notations, BPTT windows, learned initial states and Jacobian norms. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as E from '../../../src/engine/index.ts'
import { Tensor } from '../../../src/engine/tensor.ts'
import { gradcheck } from '../../helpers/gradcheck.ts'
import { maxDiff, randn, weights } from './helpers.ts'

describe('the two notations of the vanilla RNN', () => {
  it('tanh([h, x]·W + b) equals tanh(h W_hhᵀ + x W_ihᵀ + b) when W stacks W_hhᵀ over W_ihᵀ', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer(),
        (I, H, N, seed) => {
          const rng = new E.Random(seed)
          const w = weights(rng, I, H, 1)
          const x = randn(rng, [N, I])
          const h = randn(rng, [N, H])
          const W = E.cat([E.transpose(w.weightHh), E.transpose(w.weightIh)], 0)
          const b = E.add(w.biasIh, w.biasHh)
          const concat = E.rnnCellConcat(h, x, W, b)
          const torchForm = E.rnnCell(x, h, w)
          expect(concat.shape).toEqual([N, H])
          expect(maxDiff(concat.data, torchForm.data)).toBeLessThan(1e-14)
          expect(
            gradcheck(
              (h, x, W, b) => E.sum(E.rnnCellConcat(h, x, W, b)),
              [h, x, W.detach(), b.detach()],
            ),
          ).toEqual([])
        },
      ),
      { numRuns: 25 },
    )
  })
})

describe('truncated BPTT', () => {
  it('splits T steps into windows of k', () => {
    expect(E.truncationWindows(10, 4)).toEqual([
      [0, 4],
      [4, 4],
      [8, 2],
    ])
    expect(E.truncationWindows(3, 5)).toEqual([[0, 3]])
    expect(() => E.truncationWindows(3, 0)).toThrow(/k must be a positive integer/)
  })
  it('a window started from the detached state gets exactly the gradient of that window alone, and no gradient reaches earlier steps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer(),
        (T, k, seed) => {
          const rng = new E.Random(seed)
          const lstm = new E.LSTM(2, 3, { rng })
          const x = randn(rng, [T, 1, 2])
          const windows = E.truncationWindows(T, k)
          let state: { h0: Tensor; c0: Tensor } | null = null
          for (const [start, len] of windows) {
            const xw = E.narrow(x, 0, start, len)
            const h0 = state?.h0 ?? null
            lstm.parameters().forEach((p) => (p.grad = null))
            const r = lstm.forward(xw, state)
            E.sum(r.output).backward()
            const windowed = lstm.parameters().map((p) => Array.from(p.grad!))
            // the same window from the same numbers as fresh leaves: identical gradient
            lstm.parameters().forEach((p) => (p.grad = null))
            const fresh = lstm.forward(
              xw.detach(),
              state ? { h0: state.h0.detach(), c0: state.c0.detach() } : null,
            )
            E.sum(fresh.output).backward()
            lstm.parameters().forEach((p, q) => expect(maxDiff(p.grad!, windowed[q])).toBe(0))
            if (h0) expect(h0.grad).toBeNull()
            state = { h0: r.hN.detach(), c0: r.cN.detach() }
          }
          // the windowed forward reaches the same final state as the full sequence
          const full = lstm.forward(x)
          expect(maxDiff(full.hN.data, state!.h0.data)).toBeLessThan(1e-12)
        },
      ),
      { numRuns: 20 },
    )
  })
})

describe('learned initial state', () => {
  it('h0 and c0 of an LSTM get gradients (checked by finite differences) and broadcast over the batch', () => {
    const rng = new E.Random(3)
    const lstm = new E.LSTM(2, 3, { rng, learnInitialState: true })
    lstm.h0!.data.set([0.1, -0.2, 0.3])
    lstm.c0!.data.set([0.5, 0.4, -0.6])
    const x = randn(rng, [4, 2, 2])
    const f = (h0: Tensor, c0: Tensor) => {
      const sameParams = Object.assign(Object.create(Object.getPrototypeOf(lstm)), lstm, {
        h0,
        c0,
      }) as E.LSTM
      return E.sum(E.mul(sameParams.forward(x).output, 0.7))
    }
    expect(gradcheck(f, [lstm.h0!, lstm.c0!])).toEqual([])
    expect(lstm.parameters()).toContain(lstm.h0)
    expect(E.parameterCount(lstm)).toBe(4 * 3 * 2 + 4 * 3 * 3 + 2 * 4 * 3 + 3 + 3)
  })
  it('an RNN trained with Adam moves its learned h0', () => {
    const rng = new E.Random(1)
    const net = new E.RNN(1, 2, 'tanh', { rng, learnInitialState: true })
    const opt = new E.Adam(net.parameters(), { lr: 0.05 })
    const x = new Tensor([0, 0, 0], [3, 1, 1])
    const target = new Tensor([0.5, -0.5], [1, 2])
    let first = 0
    let last = 0
    for (let i = 0; i < 100; i++) {
      opt.zeroGrad()
      const loss = E.mseLoss(net.forward(x).hN, target)
      loss.backward()
      opt.step()
      if (i === 0) first = loss.item()
      last = loss.item()
    }
    expect(last).toBeLessThan(first / 10)
    expect(Array.from(net.h0!.data).some((v) => v !== 0)).toBe(true)
  })
})

describe('gradient norms per step', () => {
  it('||dL/dh_t|| from the fused backward matches the autograd gradient of an unrolled chain', () => {
    const rng = new E.Random(5)
    const w = weights(rng, 2, 3, 1)
    const x = randn(rng, [5, 1, 2])
    w.weightHh.requiresGrad = true
    const r = E.rnn(x, null, w)
    E.sum(r.hN).backward()
    // autograd of the same chain unrolled: grads of each h_t
    const hs = E.unroll(x, E.zeros([1, 3]), (xt, h) => E.rnnCell(xt, h, w))
    E.sum(hs[hs.length - 1]).backward()
    const norms = E.stepNorms(r.record.dh!, 5)
    hs.forEach((h, t) => expect(norms[t]).toBeCloseTo(Math.hypot(...h.grad!), 12))
  })
  it('for a linear-regime RNN (h = 0, no input) dh_T/dh_t = W^(T-t): spectral norm = largest singular value^(T-t) for a diagonal W', () => {
    const W = new Tensor([0.9, 0, 0, 0.5], [2, 2])
    const r = E.rnn(E.zeros([6, 1, 1]), null, { weightIh: E.zeros([2, 1]), weightHh: W })
    const { spectral, frobenius } = E.rnnJacobianNorms(r.record, W)
    spectral.forEach((s, t) => expect(s).toBeCloseTo(0.9 ** (6 - t), 10))
    frobenius.forEach((f, t) =>
      expect(f).toBeCloseTo(Math.hypot(0.9 ** (6 - t), 0.5 ** (6 - t)), 10),
    )
  })
  it('spectral norm of a non-symmetric matrix: [[1, 2], [0, 1]] has σ_max = 1 + √2', () => {
    expect(E.spectralNorm(new Float64Array([1, 2, 0, 1]), 2)).toBeCloseTo(1 + Math.SQRT2, 10)
  })
})

describe('clipGradNorm', () => {
  it('returns the pre-clip global norm and rescales to maxNorm', () => {
    const a = new Tensor([0, 0], [2], { requiresGrad: true })
    const b = new Tensor([0], [1], { requiresGrad: true })
    a.grad = new Float64Array([3, 0])
    b.grad = new Float64Array([4])
    expect(E.clipGradNorm([a, b], 1)).toBeCloseTo(5, 12)
    expect(Math.hypot(...a.grad, ...b.grad)).toBeCloseTo(1, 5)
    expect(E.clipGradNorm([a, b], 10)).toBeCloseTo(1, 5)
    expect(Math.hypot(...a.grad, ...b.grad)).toBeCloseTo(1, 5)
    b.grad[0] = NaN
    expect(() => E.clipGradNorm([a, b], 1)).toThrow(/NaN or Infinity/)
  })
})

describe('per-step gradients recorded by the gated fused ops', () => {
  it('LSTM record.dh and record.dc equal the autograd gradients of h_t and c_t in the unrolled cells', () => {
    const rng = new E.Random(6)
    const cell = new E.LSTMCell(2, 3, { rng })
    const x = randn(rng, [5, 2, 2])
    const run = E.lstm(x, null, cell)
    E.sum(E.mul(run.output, 0.5)).backward()
    const steps = E.unroll(x, { h: E.zeros([2, 3]), c: E.zeros([2, 3]) }, (xt, s) =>
      cell.forward(xt, s),
    )
    E.sum(
      E.mul(
        E.cat(
          steps.map((s) => s.h),
          0,
        ),
        0.5,
      ),
    ).backward()
    steps.forEach((s, t) => {
      expect(maxDiff(s.h.grad!, run.record.dh!.subarray(t * 6, (t + 1) * 6))).toBeLessThan(1e-12)
      expect(maxDiff(s.c.grad!, run.record.dc!.subarray(t * 6, (t + 1) * 6))).toBeLessThan(1e-12)
    })
  })
  it('GRU record.dh equals the autograd gradients of h_t in the unrolled cells', () => {
    const rng = new E.Random(7)
    const cell = new E.GRUCell(2, 3, { rng })
    const x = randn(rng, [4, 1, 2])
    const run = E.gru(x, null, cell)
    E.sum(run.hN).backward()
    const steps = E.unroll(x, { h: E.zeros([1, 3]) } as { h: Tensor }, (xt, s) =>
      cell.forward(xt, s.h),
    )
    E.sum(steps[steps.length - 1].h).backward()
    steps.forEach((s, t) => {
      expect(maxDiff(s.h.grad!, run.record.dh!.subarray(t * 3, (t + 1) * 3))).toBeLessThan(1e-12)
    })
  })
})
