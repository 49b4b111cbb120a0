// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  activationChart,
  evaluateAt,
  lowSlopeBands,
  SATURATION_SLOPE,
  X_DOMAIN,
} from '../../../src/widgets/ActivationExplorer/chart.ts'

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x))
const definitions = {
  sigmoid: { f: sigmoid, df: (x: number) => sigmoid(x) * (1 - sigmoid(x)) },
  tanh: { f: Math.tanh, df: (x: number) => 1 - Math.tanh(x) ** 2 },
  relu: { f: (x: number) => Math.max(0, x), df: (x: number) => (x > 0 ? 1 : 0) },
}
const leaky = (slope: number) => ({
  f: (x: number) => (x > 0 ? x : slope * x),
  df: (x: number) => (x > 0 ? 1 : slope),
})

const SAMPLES = 1201
const STEP = (X_DOMAIN[1] - X_DOMAIN[0]) / (SAMPLES - 1)
const xs = [-6, -4.5, -2, -0.3, 0, 0.3, 1, 2.5, 6]

describe('evaluateAt', () => {
  it.each(Object.entries(definitions))('matches the definition of %s', (fn, def) => {
    for (const x of xs) {
      const { y, dy } = evaluateAt({ fn: fn as 'sigmoid', slope: 0.1 }, x)
      expect(y).toBeCloseTo(def.f(x), 12)
      expect(dy).toBeCloseTo(def.df(x), 12)
    }
  })

  it('uses the given slope for leaky ReLU', () => {
    for (const slope of [0, 0.01, 0.3]) {
      for (const x of xs) {
        const { y, dy } = evaluateAt({ fn: 'leakyRelu', slope }, x)
        expect(y).toBeCloseTo(leaky(slope).f(x), 12)
        expect(dy).toBe(leaky(slope).df(x))
      }
    }
  })
})

describe('lowSlopeBands', () => {
  // Solve s(1 - s) = T for the sigmoid, 1 - t² = T for tanh: the analytic edges of saturation.
  const T = SATURATION_SLOPE
  const sigmoidEdge = Math.log((1 + Math.sqrt(1 - 4 * T)) / (1 - Math.sqrt(1 - 4 * T)))
  const tanhEdge = Math.atanh(Math.sqrt(1 - T))

  it('shades both tails of the sigmoid, from the ends to where the slope reaches the threshold', () => {
    expect(definitions.sigmoid.df(sigmoidEdge)).toBeCloseTo(T, 12)
    const bands = lowSlopeBands({ fn: 'sigmoid', slope: 0 })
    expect(bands).toHaveLength(2)
    const [[a0, a1], [b0, b1]] = bands
    expect(a0).toBe(X_DOMAIN[0])
    expect(Math.abs(a1 - -sigmoidEdge)).toBeLessThanOrEqual(STEP)
    expect(Math.abs(b0 - sigmoidEdge)).toBeLessThanOrEqual(STEP)
    expect(b1).toBe(X_DOMAIN[1])
  })

  it('shades both tails of tanh at its own, narrower, threshold', () => {
    const bands = lowSlopeBands({ fn: 'tanh', slope: 0 })
    expect(bands).toHaveLength(2)
    expect(Math.abs(bands[0][1] - -tanhEdge)).toBeLessThanOrEqual(STEP)
    expect(Math.abs(bands[1][0] - tanhEdge)).toBeLessThanOrEqual(STEP)
    expect(tanhEdge).toBeLessThan(sigmoidEdge)
  })

  it('contains only points where the slope is really below the threshold', () => {
    for (const fn of ['sigmoid', 'tanh', 'relu'] as const) {
      const def = definitions[fn]
      const bands = lowSlopeBands({ fn, slope: 0 })
      for (let x = X_DOMAIN[0]; x <= X_DOMAIN[1]; x += 0.0371) {
        const inside = bands.some(([a, b]) => x >= a && x <= b)
        const low = Math.abs(def.df(x)) < T
        // Within one sample of an edge the sampled band may differ from the analytic one.
        const nearEdge = bands.some(([a, b]) => Math.abs(x - a) < STEP || Math.abs(x - b) < STEP)
        if (!nearEdge) expect(inside, `${fn} at ${x}`).toBe(low)
      }
    }
  })

  it('shades the whole negative side of ReLU, up to and including zero', () => {
    const bands = lowSlopeBands({ fn: 'relu', slope: 0 })
    expect(bands).toHaveLength(1)
    expect(bands[0][0]).toBe(X_DOMAIN[0])
    expect(bands[0][1]).toBeGreaterThanOrEqual(0)
    expect(bands[0][1]).toBeLessThanOrEqual(STEP)
  })

  it('shades nothing for a leaky ReLU whose slope is at least the threshold', () => {
    for (const slope of [T, 0.1, 0.5]) expect(lowSlopeBands({ fn: 'leakyRelu', slope })).toEqual([])
  })

  it('shades the negative side of a leaky ReLU with a slope below the threshold', () => {
    expect(lowSlopeBands({ fn: 'leakyRelu', slope: 0.01 })).toEqual(
      lowSlopeBands({ fn: 'relu', slope: 0 }),
    )
  })
})

describe('activationChart', () => {
  it('puts the marker where the scales put x and f(x)', () => {
    for (const fn of ['sigmoid', 'tanh', 'relu', 'leakyRelu'] as const) {
      for (const x of [-6, -1.5, 0, 2, 6]) {
        const g = activationChart({ fn, slope: 0.1, x, derivative: true }, 640, 352)
        const { y, dy } = evaluateAt({ fn, slope: 0.1 }, x)
        expect(g.marker.x).toBeCloseTo(g.sx(x), 9)
        expect(g.marker.y).toBeCloseTo(g.sy(y), 9)
        expect(g.marker.dy).toBeCloseTo(g.sy(dy), 9)
        expect(g.value).toEqual({ y, dy })
      }
    }
  })

  it('maps the x domain onto the plot area inside the margins', () => {
    const g = activationChart({ fn: 'sigmoid', slope: 0.1, x: 0, derivative: false }, 640, 352)
    expect(g.sx(X_DOMAIN[0])).toBe(40)
    expect(g.sx(X_DOMAIN[1])).toBe(640 - 16)
    expect(g.zero.x).toBe((40 + 624) / 2)
  })

  it('draws the slope curve only when asked', () => {
    const on = activationChart({ fn: 'tanh', slope: 0.1, x: 0, derivative: true }, 640, 352)
    const off = activationChart({ fn: 'tanh', slope: 0.1, x: 0, derivative: false }, 640, 352)
    expect(on.dfPath).toMatch(/^M/)
    expect(off.dfPath).toBe('')
    expect(on.fPath).toBe(off.fPath)
  })

  it('draws one band rectangle per low-slope run, in pixels', () => {
    const g = activationChart({ fn: 'sigmoid', slope: 0.1, x: 0, derivative: true }, 640, 352)
    const bands = lowSlopeBands({ fn: 'sigmoid', slope: 0.1 })
    expect(g.bands).toEqual(bands.map(([a, b]) => ({ x: g.sx(a), width: g.sx(b) - g.sx(a) })))
  })
})
