/** The GRU step trace reports the engine's own numbers, and they obey PyTorch's GRU equations. */
import { describe, expect, it } from 'vitest'
import * as E from '../../src/engine/index.ts'
import { gruSteps, traceGRU } from '../../src/trace/gruSteps.ts'
import { randn } from '../engine/nn/helpers.ts'

const sig = (v: number) => 1 / (1 + Math.exp(-v))

describe('gruSteps', () => {
  it('r, z from summed parts; n = tanh(x_n + r ⊙ h_n); h_t = (1 - z) n + z h_{t-1}', () => {
    const rng = new E.Random(5)
    const net = new E.GRU(2, 3, { rng })
    const x = randn(rng, [4, 2, 2])
    const steps = gruSteps(net.forward(x), x, 1)
    steps.forEach((s, t) => {
      for (let j = 0; j < 3; j++) {
        expect(s.gates.r[j]).toBeCloseTo(sig(s.inputPart.r[j] + s.hiddenPart.r[j]), 14)
        expect(s.gates.z[j]).toBeCloseTo(sig(s.inputPart.z[j] + s.hiddenPart.z[j]), 14)
        expect(s.gates.n[j]).toBeCloseTo(
          Math.tanh(s.inputPart.n[j] + s.gates.r[j] * s.hiddenPart.n[j]),
          14,
        )
        expect(s.h[j]).toBeCloseTo(
          (1 - s.gates.z[j]) * s.gates.n[j] + s.gates.z[j] * s.hPrev[j],
          14,
        )
      }
      if (t > 0) expect(s.hPrev).toEqual(steps[t - 1].h)
    })
    expect(traceGRU(x, null, net)).toEqual(gruSteps(net.forward(x), x))
  })
})
