/**
 * Deck 003 (KIT ML1): the Jacobian of one vanilla RNN step. With column vectors and
 * h_t = tanh(W_hh h_{t-1} + W_xh x_t) (the deck's own definition), the Jacobian dh_t/dh_{t-1} is
 * diag(tanh'(a_t)) W_hh; the slide prints diag(tanh'(a_t)) W_hh^T. The engine's autograd decides.
 */
import { describe, expect, it } from 'vitest'
import * as E from '../../../src/engine/index.ts'
import { tensor } from '../../../src/engine/tensor.ts'

// A deliberately non-symmetric W_hh, so W_hh and its transpose give different Jacobians.
const Whh = [
  [0.5, -1.2, 0.3],
  [0.9, 0.1, -0.4],
  [-0.6, 0.8, 0.2],
]
const Wxh = [
  [0.7, -0.2],
  [0.1, 0.4],
  [-0.3, 0.6],
]
const hPrev = [0.2, -0.5, 0.1]
const x = [1, -1]

/** Row i of dh_t/dh_{t-1}, by back-propagating a one-hot seed on h_t[i] through the engine. */
function jacobianRow(i: number): number[] {
  const h = tensor(
    hPrev.map((v) => [v]),
    undefined,
    { requiresGrad: true },
  )
  const a = E.add(E.matmul(tensor(Whh), h), E.matmul(tensor(Wxh), tensor(x.map((v) => [v]))))
  const ht = E.tanh(a)
  const seed = [0, 0, 0]
  seed[i] = 1
  ht.backward(seed)
  return Array.from(h.grad!)
}

describe("deck 003: the Jacobian of an RNN step (erratum: W_hh, not W_hh's transpose)", () => {
  // a_t and tanh'(a_t) = 1 - tanh(a_t)^2, written out.
  const a = Whh.map(
    (row, i) => row.reduce((s, w, j) => s + w * hPrev[j], 0) + Wxh[i][0] * x[0] + Wxh[i][1] * x[1],
  )
  const slope = a.map((v) => 1 - Math.tanh(v) ** 2)

  it("equals diag(tanh'(a_t)) W_hh", () => {
    for (let i = 0; i < 3; i++) {
      const expected = Whh[i].map((w) => slope[i] * w)
      jacobianRow(i).forEach((v, j) => expect(v).toBeCloseTo(expected[j], 12))
    }
  })

  it("differs from the slide's diag(tanh'(a_t)) W_hh^T for a non-symmetric W_hh", () => {
    const slideRow0 = [0, 1, 2].map((j) => slope[0] * Whh[j][0])
    const engineRow0 = jacobianRow(0)
    expect(Math.max(...engineRow0.map((v, j) => Math.abs(v - slideRow0[j])))).toBeGreaterThan(0.1)
  })
})
