/** Optimizer updates against the update rules written out by hand, and init statistics. */
import { describe, expect, it } from 'vitest'
import * as E from '../../src/engine/index.ts'
import { Tensor } from '../../src/engine/tensor.ts'

/** A one-parameter problem whose gradient we set by hand each step. */
function param(value: number): Tensor {
  return new Tensor([value], [1], { requiresGrad: true })
}

function stepWith(opt: E.Optimizer, p: Tensor, g: number): number {
  p.grad = new Float64Array([g])
  opt.step()
  return p.data[0]
}

describe('optimizers', () => {
  it('SGD: p -= lr·g', () => {
    const p = param(1)
    expect(stepWith(new E.SGD([p], { lr: 0.1 }), p, 2)).toBeCloseTo(0.8, 15)
  })
  it('SGD with momentum 0.9: v1 = g1, v2 = 0.9·v1 + g2', () => {
    const p = param(1)
    const opt = new E.SGD([p], { lr: 0.1, momentum: 0.9 })
    expect(stepWith(opt, p, 2)).toBeCloseTo(1 - 0.1 * 2, 15)
    // v2 = 0.9·2 + 1 = 2.8
    expect(stepWith(opt, p, 1)).toBeCloseTo(0.8 - 0.1 * 2.8, 15)
  })
  it('SGD with Nesterov: step uses g + μ·v', () => {
    const p = param(0)
    const opt = new E.SGD([p], { lr: 1, momentum: 0.5, nesterov: true })
    // v1 = 1, step 1 + 0.5·1 = 1.5
    expect(stepWith(opt, p, 1)).toBeCloseTo(-1.5, 15)
    // v2 = 0.5·1 + 1 = 1.5, step 1 + 0.5·1.5 = 1.75
    expect(stepWith(opt, p, 1)).toBeCloseTo(-3.25, 15)
    expect(() => new E.SGD([p], { lr: 1, nesterov: true })).toThrow(/Nesterov/)
  })
  it('RMSprop: s = α s + (1-α) g², p -= lr·g/(√s + ε)', () => {
    const p = param(0)
    const opt = new E.RMSprop([p], { lr: 0.01, alpha: 0.9 })
    // s1 = 0.1·4 = 0.4
    expect(stepWith(opt, p, 2)).toBeCloseTo((-0.01 * 2) / (Math.sqrt(0.4) + 1e-8), 14)
  })
  it('Adam: the first step moves by lr·g/(|g| + ε), the second uses bias-corrected moments', () => {
    const p = param(0)
    const opt = new E.Adam([p], { lr: 0.1 })
    expect(stepWith(opt, p, 3)).toBeCloseTo((-0.1 * 3) / (3 + 1e-8), 14)
    // m2 = 0.9·0.3 + 0.1·(-1) = 0.17, v2 = 0.999·0.009 + 0.001·1 = 0.009991
    const m = 0.17 / (1 - 0.81)
    const v = 0.009991 / (1 - 0.998001)
    expect(stepWith(opt, p, -1)).toBeCloseTo(
      (-0.1 * 3) / (3 + 1e-8) - (0.1 * m) / (Math.sqrt(v) + 1e-8),
      12,
    )
  })
  it('skips parameters without gradients and zeroGrad clears them', () => {
    const a = param(1)
    const b = param(2)
    const opt = new E.Adam([a, b])
    a.grad = new Float64Array([1])
    opt.step()
    expect(b.data[0]).toBe(2)
    opt.zeroGrad()
    expect(a.grad[0]).toBe(0)
  })
  it('rejects a bad learning rate and an empty list', () => {
    expect(() => new E.SGD([param(0)], { lr: NaN })).toThrow(/lr must be/)
    expect(() => new E.Adam([])).toThrow(/empty/)
  })
  it('Adam trains a Linear layer to fit y = 2x - 1', () => {
    const rng = new E.Random(7)
    const layer = new E.Linear(1, 1, { rng })
    const opt = new E.Adam(layer.parameters(), { lr: 0.1 })
    const x = new Tensor([-1, 0, 1, 2], [4, 1])
    const y = new Tensor([-3, -1, 1, 3], [4, 1])
    for (let i = 0; i < 300; i++) {
      opt.zeroGrad()
      E.mseLoss(layer.forward(x), y).backward()
      opt.step()
    }
    expect(layer.weight.data[0]).toBeCloseTo(2, 3)
    expect(layer.bias!.data[0]).toBeCloseTo(-1, 3)
  })

  it.each([
    ['SGD with momentum', (ps: Tensor[]) => new E.SGD(ps, { lr: 0.1, momentum: 0.9 })],
    ['RMSprop', (ps: Tensor[]) => new E.RMSprop(ps, { lr: 0.05 })],
    ['Adam', (ps: Tensor[]) => new E.Adam(ps, { lr: 0.1 })],
  ])('%s: a restored state dict continues exactly as the original optimizer', (_, make) => {
    const grads = [0.5, -1.2, 0.3, 2, -0.7, 0.1]
    const a = param(1)
    const optA = make([a])
    grads.slice(0, 3).forEach((g) => stepWith(optA, a, g))
    const saved = optA.stateDict()
    const b = param(a.data[0])
    const optB = make([b])
    optB.loadStateDict(saved)
    const rest = grads.slice(3)
    expect(rest.map((g) => stepWith(optB, b, g))).toEqual(rest.map((g) => stepWith(optA, a, g)))
    // a fresh optimizer (no state) takes different steps, so the state really mattered
    const c = param(b.data[0])
    expect(stepWith(make([c]), c, 1)).not.toEqual(stepWith(optB, b, 1))
  })

  it('refuses a state dict that does not fit the parameters', () => {
    const opt = new E.Adam([param(1)])
    stepWith(opt, opt.params[0], 1)
    const other = new E.Adam([new Tensor([1, 2], [2], { requiresGrad: true })])
    expect(() => other.loadStateDict(opt.stateDict())).toThrow(/does not fit/)
  })
})

describe('init', () => {
  const stats = (t: Tensor) => {
    const m = t.data.reduce((a, b) => a + b, 0) / t.size
    const v = t.data.reduce((a, b) => a + (b - m) ** 2, 0) / t.size
    return { m, std: Math.sqrt(v), max: Math.max(...t.data.map(Math.abs)) }
  }
  it('Glorot uniform is bounded by √(6/(fanIn+fanOut)); Glorot normal has std √(2/(fanIn+fanOut))', () => {
    const u = E.xavierUniform(E.zeros([200, 300]), new E.Random(1))
    expect(stats(u).max).toBeLessThanOrEqual(Math.sqrt(6 / 500))
    expect(stats(u).std / (Math.sqrt(6 / 500) / Math.sqrt(3))).toBeCloseTo(1, 1)
    const n = E.xavierNormal(E.zeros([200, 300]), new E.Random(2))
    expect(stats(n).std / Math.sqrt(2 / 500)).toBeCloseTo(1, 1)
  })
  it('He normal has std √2/√fanIn for relu; He uniform bound √6/√fanIn; fans count the kernel', () => {
    const n = E.kaimingNormal(E.zeros([300, 200]), new E.Random(3), { nonlinearity: 'relu' })
    expect(stats(n).std / Math.sqrt(2 / 200)).toBeCloseTo(1, 1)
    const u = E.kaimingUniform(E.zeros([300, 200]), new E.Random(4), { nonlinearity: 'relu' })
    expect(stats(u).max).toBeLessThanOrEqual(Math.sqrt(6 / 200))
    expect(E.init.fans(E.zeros([8, 3, 5, 5]))).toEqual({ fanIn: 75, fanOut: 200 })
    expect(() => E.init.fans(E.zeros([4]))).toThrow(/at least 2 dimensions/)
  })
  it('the same seed gives the same weights', () => {
    const a = E.xavierUniform(E.zeros([3, 3]), new E.Random(9))
    const b = E.xavierUniform(E.zeros([3, 3]), new E.Random(9))
    expect(Array.from(a.data)).toEqual(Array.from(b.data))
  })
})
