import { describe, expect, it } from 'vitest'
import {
  makeSignal,
  patternValues,
  peakOf,
  placementProblem,
  probeAt,
  runMatchedFilter,
  slide,
} from '../../../src/widgets/MatchedFilter/model.ts'
import { PATTERNS, type MatchedFilterConfig } from '../../../src/widgets/MatchedFilter/schema.ts'

const base: MatchedFilterConfig = {
  pattern: 'chirp',
  mode: 'correlate',
  length: 40,
  position: 14,
  noise: 0.4,
  seed: 1,
  probe: 0,
}

// The definitions, as plain loops: y[n] = Σ_m w[m] x[n+m], and convolution with w reversed.
function correlateLoop(x: readonly number[], w: readonly number[]): number[] {
  const out: number[] = []
  for (let n = 0; n + w.length <= x.length; n++) {
    let s = 0
    for (let m = 0; m < w.length; m++) s += w[m] * x[n + m]
    out.push(s)
  }
  return out
}
function convolveLoop(x: readonly number[], w: readonly number[]): number[] {
  const k = w.length
  const out: number[] = []
  // Textbook (w * x)[j] = Σ_m w[m] x[j − m], kept where the whole kernel overlaps: j = k−1 … L−1.
  for (let j = k - 1; j < x.length; j++) {
    let s = 0
    for (let m = 0; m < k; m++) s += w[m] * x[j - m]
    out.push(s)
  }
  return out
}

describe('makeSignal', () => {
  it('is the same for the same seed and differs for another', () => {
    const t = patternValues('blip')
    const a = makeSignal(t, base)
    expect(makeSignal(t, base)).toEqual(a)
    expect(makeSignal(t, { ...base, seed: 2 }).signal).not.toEqual(a.signal)
  })

  it('plants the template at the position and adds noise that scales with σ', () => {
    const t = patternValues('chirp')
    const quiet = makeSignal(t, { ...base, noise: 0 })
    expect(quiet.signal).toEqual(quiet.clean)
    expect(quiet.clean.slice(14, 14 + t.length)).toEqual(t)
    expect(quiet.clean.filter((_, i) => i < 14 || i >= 14 + t.length).every((v) => v === 0)).toBe(
      true,
    )
    // Same seed, twice the σ: the noise (signal − clean) doubles sample by sample.
    const one = makeSignal(t, { ...base, noise: 0.5 })
    const two = makeSignal(t, { ...base, noise: 1 })
    one.signal.forEach((v, i) =>
      expect(two.signal[i] - two.clean[i]).toBeCloseTo(2 * (v - one.clean[i]), 12),
    )
  })
})

describe('slide', () => {
  const x = makeSignal(patternValues('chirp'), base).signal
  const w = patternValues('chirp')

  it('correlate equals the direct loop of sums of products', () => {
    const y = slide(x, w, 'correlate')
    const expected = correlateLoop(x, w)
    expect(y).toHaveLength(expected.length)
    y.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12))
  })

  it('convolve equals the textbook flip-then-slide sum, and correlate with the reversed kernel', () => {
    const y = slide(x, w, 'convolve')
    const expected = convolveLoop(x, w)
    y.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12))
    const reversed = slide(x, [...w].reverse(), 'correlate')
    y.forEach((v, i) => expect(v).toBeCloseTo(reversed[i], 12))
  })

  it('gives the same output in both modes for a symmetric template only', () => {
    const blip = patternValues('blip')
    expect(slide(x, blip, 'convolve')).toEqual(slide(x, blip, 'correlate'))
    expect(slide(x, patternValues('ramp'), 'convolve')).not.toEqual(
      slide(x, patternValues('ramp'), 'correlate'),
    )
  })
})

describe('runMatchedFilter', () => {
  it('peaks at the planted position at low noise, for every pattern and several seeds', () => {
    for (const pattern of PATTERNS)
      for (const seed of [1, 2, 3]) {
        const { run } = runMatchedFilter(patternValues(pattern), {
          ...base,
          pattern,
          seed,
          noise: 0.05,
        })
        expect(run?.peak.at, `${pattern}, seed ${seed}`).toBe(base.position)
      }
  })

  it('without noise the peak value is the template energy Σ w²', () => {
    const t = patternValues('edge')
    const { run } = runMatchedFilter(t, { ...base, noise: 0 })
    expect(run?.peak.value).toBeCloseTo(
      t.reduce((s, v) => s + v * v, 0),
      12,
    )
  })

  it('in convolve mode slides the flipped template and an antisymmetric one peaks elsewhere', () => {
    const t = patternValues('edge')
    const { run } = runMatchedFilter(t, { ...base, mode: 'convolve', noise: 0 })
    expect(run?.kernel).toEqual([...t].reverse())
    expect(run?.symmetric).toBe(false)
    expect(run?.peak.at).not.toBe(base.position)
    expect(run!.peak.value).toBeLessThan(run!.correlationPeak.value)
  })

  it('explains a template that does not fit, an all-zero template and overflow', () => {
    expect(runMatchedFilter(patternValues('chirp'), { ...base, position: 35 }).error).toMatch(
      /runs past the end/,
    )
    expect(placementProblem(16, 20, 0)).toMatch(/longer than the signal/)
    expect(placementProblem(16, 0, 0)).toMatch(/no samples/)
    expect(runMatchedFilter([0, 0, 0], base).run?.silent).toBe(true)
    expect(runMatchedFilter([1e308, 1e308], { ...base, noise: 0 }).error).toMatch(/overflow/)
  })
})

describe('probeAt', () => {
  it('its products are window × kernel and they sum to the plotted output', () => {
    for (const mode of ['correlate', 'convolve'] as const) {
      const { run } = runMatchedFilter(patternValues('ramp'), { ...base, mode })
      for (const n of [0, 7, run!.output.length - 1]) {
        const p = probeAt(run!, n)
        p.products.forEach((v, m) => expect(v).toBe(run!.signal[n + m] * run!.kernel[m]))
        expect(p.products.reduce((a, b) => a + b, 0)).toBeCloseTo(run!.output[n], 12)
        expect(p.sum).toBe(run!.output[n])
      }
    }
  })
})

describe('peakOf', () => {
  it('finds the first largest value', () => {
    expect(peakOf([1, 3, -2, 3])).toEqual({ at: 1, value: 3 })
  })
})
