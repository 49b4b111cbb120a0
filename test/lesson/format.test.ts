// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../src/lesson/format.ts'

describe('formatNumber', () => {
  it('rounds to four significant digits by default', () => {
    expect(formatNumber(0.196612)).toBe('0.1966')
    expect(formatNumber(Math.PI)).toBe('3.142')
    expect(formatNumber(Math.PI, 2)).toBe('3.1')
  })

  it('drops trailing zeros and a bare decimal point', () => {
    expect(formatNumber(0.25)).toBe('0.25')
    expect(formatNumber(0.5)).toBe('0.5')
    expect(formatNumber(1)).toBe('1')
    expect(formatNumber(100)).toBe('100')
    expect(formatNumber(10.5)).toBe('10.5')
    expect(formatNumber(1.99999)).toBe('2')
  })

  it('writes negative numbers with a true minus sign', () => {
    expect(formatNumber(-0.5)).toBe('−0.5')
    expect(formatNumber(-1234)).toBe('−1234')
    expect(formatNumber(-0.5)).not.toContain('-')
  })

  it('writes zero as 0, whatever its sign', () => {
    expect(formatNumber(0)).toBe('0')
    expect(formatNumber(-0)).toBe('0')
  })

  it('writes very small and very large numbers as a power of ten', () => {
    expect(formatNumber(4.54e-5)).toBe('4.54×10⁻⁵')
    expect(formatNumber(-4.54e-5)).toBe('−4.54×10⁻⁵')
    expect(formatNumber(0.25 ** 10)).toBe('9.537×10⁻⁷')
    expect(formatNumber(2e6)).toBe('2×10⁶')
    expect(formatNumber(1.23456e21)).toBe('1.235×10²¹')
  })

  it('never shows JavaScript exponent notation between 10⁴ and 10⁶', () => {
    for (const v of [12345, 100000, 999999, -54321, 999999.9]) {
      expect(formatNumber(v)).not.toMatch(/e/)
    }
    expect(formatNumber(12345)).toBe('1.235×10⁴')
    expect(formatNumber(100000)).toBe('1×10⁵')
  })

  it('switches to a power of ten exactly at the thresholds', () => {
    expect(formatNumber(1e-4)).toBe('0.0001')
    expect(formatNumber(9.99e-5)).toBe('9.99×10⁻⁵')
    expect(formatNumber(1e6)).toBe('1×10⁶')
  })

  it('names the values that are not finite', () => {
    expect(formatNumber(NaN)).toBe('NaN')
    expect(formatNumber(Infinity)).toBe('∞')
    expect(formatNumber(-Infinity)).toBe('−∞')
  })
})
