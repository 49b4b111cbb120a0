import { describe, expect, it } from 'vitest'
import { divergingColor, inkOn, maxAbs, sequentialColor } from '../../src/viz/colors.ts'

const rgb = (s: string) => s.match(/\d+/g)!.map(Number)

describe('colour scales', () => {
  it('maps zero to (near) white and opposite signs to different hues', () => {
    const c = divergingColor(2)
    const [r0, g0, b0] = rgb(c(0))
    expect(Math.min(r0, g0, b0)).toBeGreaterThan(230)
    const pos = rgb(c(2))
    const neg = rgb(c(-2))
    // Positive is warm (red > blue), negative is cool (blue > red).
    expect(pos[0]).toBeGreaterThan(pos[2])
    expect(neg[2]).toBeGreaterThan(neg[0])
  })

  it('saturates beyond the range instead of extrapolating', () => {
    const c = divergingColor(1)
    expect(c(5)).toBe(c(1))
    expect(c(-5)).toBe(c(-1))
  })

  it('survives a zero or non-finite range', () => {
    expect(() => divergingColor(0)(0)).not.toThrow()
    expect(() => sequentialColor(Number.NaN)(0.5)).not.toThrow()
  })

  it('chooses white text on dark fills and dark text on light ones', () => {
    expect(inkOn('rgb(20, 20, 60)')).toBe('#fff')
    expect(inkOn('rgb(250, 250, 250)')).toBe('#000')
  })

  it('always picks the ink with at least AA contrast (4.5:1) on every colour the scales make', () => {
    const lum = ([r, g, b]: number[]) => {
      const lin = (c: number) => {
        const s = c / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
    const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
    const diverging = divergingColor(1)
    const sequential = sequentialColor(1)
    for (let v = -1; v <= 1.0001; v += 0.02) {
      for (const fill of [diverging(v), sequential(Math.abs(v))]) {
        const ink = inkOn(fill) === '#fff' ? [255, 255, 255] : [0, 0, 0]
        expect(contrast(lum(rgb(fill)), lum(ink))).toBeGreaterThanOrEqual(4.5)
      }
    }
  })

  it('finds the largest magnitude, ignoring non-finite values', () => {
    expect(maxAbs([1, -3, Number.NaN, 2])).toBe(3)
    expect(maxAbs([], 0.5)).toBe(0.5)
  })
})
