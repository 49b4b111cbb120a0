/**
 * Deck 004 (KAIST AI602): the DNN forward pass with one backprop step (MSE, learning rate 1) and the
 * vanishing gradient through a chain of sigmoids, recomputed with the engine against arithmetic
 * written out here from the definitions.
 */
import { describe, expect, it } from 'vitest'
import * as E from '../../../src/engine/index.ts'
import { tensor } from '../../../src/engine/tensor.ts'

const sigma = (v: number) => 1 / (1 + Math.exp(-v))

describe('deck 004: DNN forward pass, x = (1, -0.5), Θ1 [2 x 3], Θ2 [3 x 1], sigmoid', () => {
  // By hand: s1 = Θ1ᵀx, column j of Θ1 dotted with x
  const s1 = [1.2 * 1 + -0.3 * -0.5, 2.1 * 1 + -0.7 * -0.5, 1.5 * 1 + 0.3 * -0.5] // (1.35, 2.45, 1.35)
  const h1 = s1.map(sigma)
  const s2 = -0.2 * h1[0] + 0.5 * h1[1] + 1.3 * h1[2]
  const yHat = sigma(s2)
  const y = 1
  const E_ = 0.5 * (y - yHat) ** 2
  const delta2 = (yHat - y) * yHat * (1 - yHat) // ∂E/∂s2 = (ŷ - y) σ'(s2), σ' = σ(1 - σ)
  const dTheta2 = h1.map((h) => delta2 * h)

  function network() {
    const x = tensor([[1.0, -0.5]])
    const theta1 = tensor(
      [
        [1.2, 2.1, 1.5],
        [-0.3, -0.7, 0.3],
      ],
      undefined,
      { requiresGrad: true },
    )
    const theta2 = tensor([[-0.2], [0.5], [1.3]], undefined, { requiresGrad: true })
    const hidden = E.sigmoid(E.matmul(x, theta1))
    const out = E.sigmoid(E.matmul(hidden, theta2))
    // E = ½ (y - ŷ)²: half of the summed squared error
    const loss = E.mul(0.5, E.mseLoss(out, tensor([[y]]), { reduction: 'sum' }))
    return { theta1, theta2, hidden, out, loss }
  }

  it("Θ1ᵀx = (1.35, 2.45, 1.35) and h1 ≈ (0.7941, 0.9206, 0.7941): the slide's -1.65 / 0.16 is a transposition slip", () => {
    const { hidden } = network()
    expect(s1.map((v) => +v.toFixed(10))).toEqual([1.35, 2.45, 1.35])
    h1.forEach((v, j) => expect(hidden.data[j]).toBeCloseTo(v, 14))
    expect(hidden.data[2].toFixed(4)).toBe('0.7941')
  })
  it("ŷ = σ(Θ2ᵀh1) ≈ 0.7915 and E = ½(1 - ŷ)² ≈ 0.02174 (the slide's 0.62 and 0.072 follow from the slip)", () => {
    const { out, loss } = network()
    expect(out.item()).toBeCloseTo(yHat, 14)
    expect(loss.item()).toBeCloseTo(E_, 14)
    expect(yHat.toFixed(4)).toBe('0.7915')
    expect(E_.toFixed(5)).toBe('0.02174')
  })
  it("∂E/∂Θ2 = (ŷ - y)σ'(s2)h1 ≈ (-0.0273, -0.0317, -0.0273); one step with γ = 1 gives Θ2 ≈ (-0.1727, 0.5317, 1.3273)", () => {
    const { theta1, theta2, loss } = network()
    loss.backward()
    dTheta2.forEach((g, j) => expect(theta2.grad![j]).toBeCloseTo(g, 14))
    expect(dTheta2.every((g) => g < 0)).toBe(true)
    new E.SGD([theta1, theta2], { lr: 1 }).step()
    const updated = [-0.2, 0.5, 1.3].map((w, j) => w - 1 * dTheta2[j])
    updated.forEach((w, j) => expect(theta2.data[j]).toBeCloseTo(w, 14))
    expect(Array.from(theta2.data, (v) => v.toFixed(4))).toEqual(['-0.1727', '0.5317', '1.3273'])
  })
  it('"similarly, we can update Θ1": ∂E/∂Θ1[i][j] = x_i · δ2 · Θ2_j · σ\'(s1_j)', () => {
    const { theta1, loss } = network()
    loss.backward()
    const x = [1.0, -0.5]
    const theta2 = [-0.2, 0.5, 1.3]
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 3; j++) {
        const byHand = x[i] * delta2 * theta2[j] * h1[j] * (1 - h1[j])
        expect(theta1.grad![i * 3 + j]).toBeCloseTo(byHand, 14)
      }
    }
  })
})

describe('deck 004: vanishing gradient through ŷ = σ(θ3 σ(θ2 σ(θ1 x)))', () => {
  it("∂ŷ/∂θ1 = σ'(s3) θ3 σ'(s2) θ2 σ'(s1) x (weights, not activations, as the slide prints)", () => {
    const [x, t1, t2, t3] = [0.8, 1.5, -2, 2.5]
    const thetas = [t1, t2, t3].map((v) => tensor([v], undefined, { requiresGrad: true }))
    let h = tensor([x])
    const hs: E.Tensor[] = []
    for (const th of thetas) {
      h = E.sigmoid(E.mul(th, h))
      hs.push(h)
    }
    E.sum(h).backward()
    const s1 = t1 * x
    const h1v = sigma(s1)
    const s2 = t2 * h1v
    const h2v = sigma(s2)
    const s3 = t3 * h2v
    const d = (s: number) => sigma(s) * (1 - sigma(s))
    const right = d(s3) * t3 * d(s2) * t2 * d(s1) * x
    const slide = d(s3) * h2v * d(s2) * h1v * d(s1) * x
    expect(thetas[0].grad![0]).toBeCloseTo(right, 14)
    expect(Math.abs(thetas[0].grad![0] - slide)).toBeGreaterThan(1e-3)
    expect(E.errata.some((e) => e.where.includes('θ1'))).toBe(true)
  })
  it("with unit weights every sigmoid layer shrinks the gradient by at least σ'(s) ≤ 1/4", () => {
    const gradThrough = (depth: number) => {
      const input = tensor([0.3], undefined, { requiresGrad: true })
      let h = input
      for (let k = 0; k < depth; k++) h = E.sigmoid(h)
      E.sum(h).backward()
      return input.grad![0]
    }
    const grads = Array.from({ length: 10 }, (_, k) => gradThrough(k + 1))
    for (let k = 1; k < grads.length; k++) expect(grads[k]).toBeLessThanOrEqual(grads[k - 1] / 4)
    expect(grads[9]).toBeLessThan(0.25 ** 10)
  })
})
