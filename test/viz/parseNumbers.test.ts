import { describe, expect, it } from 'vitest'
import { parseMatrix, parseNumber } from '../../src/viz/parseNumbers.ts'

describe('parseNumber', () => {
  it('reads plain, signed, decimal and exponent forms, and a typographic minus', () => {
    expect(parseNumber(' 0.5 ')).toEqual({ ok: true, value: 0.5 })
    expect(parseNumber('-3')).toEqual({ ok: true, value: -3 })
    expect(parseNumber('+2')).toEqual({ ok: true, value: 2 })
    expect(parseNumber('1e-3')).toEqual({ ok: true, value: 0.001 })
    expect(parseNumber('.25')).toEqual({ ok: true, value: 0.25 })
    expect(parseNumber('\u22122')).toEqual({ ok: true, value: -2 })
  })

  it('refuses typos with a reason instead of producing NaN or zero', () => {
    for (const bad of ['', 'abc', '1..2', '0x10', 'NaN', 'Infinity', '1e999', '2-3']) {
      const p = parseNumber(bad)
      expect(p.ok, bad).toBe(false)
      if (!p.ok) expect(p.message.length).toBeGreaterThan(0)
    }
  })

  it('suggests a point when a decimal comma is typed', () => {
    const p = parseNumber('0,5')
    expect(p).toEqual({ ok: false, message: 'Use a point for decimals: 0.5' })
  })

  it('refuses values too large to show in a cell', () => {
    expect(parseNumber('2e6').ok).toBe(false)
  })
})

describe('parseMatrix', () => {
  it('reads spreadsheet, comma and NumPy-style pastes', () => {
    expect(parseMatrix('1\t2\n3\t4')).toEqual({
      ok: true,
      rows: [
        [1, 2],
        [3, 4],
      ],
    })
    expect(parseMatrix('[[1, 2], [3, 4]]'.replace('], [', ']\n['))).toEqual({
      ok: true,
      rows: [
        [1, 2],
        [3, 4],
      ],
    })
    expect(parseMatrix('1 0 -1; 1 0 -1')).toEqual({
      ok: true,
      rows: [
        [1, 0, -1],
        [1, 0, -1],
      ],
    })
  })

  it('names the first bad cell and refuses ragged rows', () => {
    expect(parseMatrix('1 2\n3 x')).toEqual({
      ok: false,
      message: 'Row 2, column 2: "x" is not a number.',
    })
    expect(parseMatrix('1 2 3\n4 5')).toEqual({
      ok: false,
      message: 'Row 2 has 2 numbers; row 1 has 3.',
    })
    expect(parseMatrix('  \n ').ok).toBe(false)
  })

  it('bounds the number of cells', () => {
    expect(parseMatrix('1 2 3 4', 3).ok).toBe(false)
  })
})
