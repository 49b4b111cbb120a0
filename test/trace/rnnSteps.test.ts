/** The RNN step trace reports the engine's own numbers, and they obey the RNN equation. */
import { describe, expect, it } from 'vitest'
import * as E from '../../src/engine/index.ts'
import { rnnSteps, traceRNN } from '../../src/trace/rnnSteps.ts'
import { randn, weights } from '../engine/nn/helpers.ts'

describe('rnnSteps', () => {
  it('one record per step, h_t = tanh(a_t), h_{t-1} chains, values equal the engine output', () => {
    const rng = new E.Random(1)
    const w = weights(rng, 2, 3, 1)
    const x = randn(rng, [4, 2, 2])
    const run = E.rnn(x, null, w)
    const steps = rnnSteps(run, x, 1)
    expect(steps.map((s) => s.t)).toEqual([1, 2, 3, 4])
    expect(steps[0].hPrev).toEqual([0, 0, 0])
    steps.forEach((s, t) => {
      expect(s.h).toEqual(s.preact.map(Math.tanh))
      if (t > 0) expect(s.hPrev).toEqual(steps[t - 1].h)
      expect(s.x).toEqual(Array.from(x.data.subarray((t * 2 + 1) * 2, (t * 2 + 2) * 2)))
      expect(s.h).toEqual(Array.from(run.output.data.subarray((t * 2 + 1) * 3, (t * 2 + 2) * 3)))
      expect(s.dh).toBeNull()
    })
    // a_1 written out for example 1: x_1 W_ihᵀ + b_ih + b_hh (h_0 = 0)
    const a1 = [0, 1, 2].map(
      (j) =>
        w.weightIh.get(j, 0) * x.get(0, 1, 0) +
        w.weightIh.get(j, 1) * x.get(0, 1, 1) +
        w.biasIh.get(j) +
        w.biasHh.get(j),
    )
    steps[0].preact.forEach((v, j) => expect(v).toBeCloseTo(a1[j], 14))
  })
  it('after backward, dh holds dL/dh_t; one-hot inputs report the token', () => {
    const rng = new E.Random(2)
    const w = weights(rng, 5, 2, 1)
    w.weightHh.requiresGrad = true
    const input = E.oneHot([3, 1, 4], 5)
    const run = E.rnn(input, null, w)
    E.sum(run.hN).backward()
    const steps = rnnSteps(run, input)
    expect(steps.map((s) => s.x)).toEqual([3, 1, 4])
    expect(steps[2].dh).toEqual([1, 1])
    expect(() => rnnSteps(run, input, 1)).toThrow(/example 1 is not in \[0, 1\)/)
    expect(traceRNN(input, null, w)).toEqual(rnnSteps(E.rnn(input, null, w), input))
  })
})
