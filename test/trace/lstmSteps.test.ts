/** The LSTM step trace reports the engine's own numbers, and they obey the LSTM equations. */
import { describe, expect, it } from 'vitest'
import * as E from '../../src/engine/index.ts'
import { lstmSteps, traceLSTM } from '../../src/trace/lstmSteps.ts'
import { randn } from '../engine/nn/helpers.ts'

const sig = (v: number) => 1 / (1 + Math.exp(-v))

describe('lstmSteps', () => {
  for (const variant of ['standard', 'peephole', 'coupled'] as const) {
    it(`${variant}: gates from pre-activations, c_t = f c_{t-1} + i g, h_t = o tanh(c_t)`, () => {
      const rng = new E.Random(3)
      const cell = new E.LSTM(2, 3, { rng, variant })
      const x = randn(rng, [5, 1, 2])
      const steps = lstmSteps(cell.forward(x), x)
      expect(steps).toHaveLength(5)
      steps.forEach((s, t) => {
        s.gates.f.forEach((f, j) => expect(f).toBeCloseTo(sig(s.preact.f[j]), 14))
        s.gates.g.forEach((g, j) => expect(g).toBeCloseTo(Math.tanh(s.preact.g[j]), 14))
        s.gates.o.forEach((o, j) => expect(o).toBeCloseTo(sig(s.preact.o[j]), 14))
        s.gates.i.forEach((i, j) =>
          expect(i).toBeCloseTo(variant === 'coupled' ? 1 - s.gates.f[j] : sig(s.preact.i[j]), 14),
        )
        s.c.forEach((c, j) =>
          expect(c).toBeCloseTo(s.gates.f[j] * s.cPrev[j] + s.gates.i[j] * s.gates.g[j], 14),
        )
        s.h.forEach((h, j) => expect(h).toBeCloseTo(s.gates.o[j] * Math.tanh(s.c[j]), 14))
        if (t > 0) {
          expect(s.cPrev).toEqual(steps[t - 1].c)
          expect(s.hPrev).toEqual(steps[t - 1].h)
        }
      })
    })
  }
  it('after backward, dh and dc are filled; traceLSTM runs the engine', () => {
    const rng = new E.Random(4)
    const cell = new E.LSTM(2, 2, { rng })
    const x = randn(rng, [3, 1, 2])
    const run = cell.forward(x)
    E.sum(run.hN).backward()
    const steps = lstmSteps(run, x)
    expect(steps[2].dh).toEqual([1, 1])
    expect(steps[0].dc).not.toBeNull()
    expect(traceLSTM(x, null, cell)[1].h).toEqual(steps[1].h)
  })
})
