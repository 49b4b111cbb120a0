import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { digitInk, parseDigits } from '../../../src/train/tasks/digits/data.ts'
import {
  brushInk,
  digitToPad,
  PAD_SIZE,
  stamp,
  stroke,
} from '../../../src/widgets/DigitTrainer/brush.ts'
import {
  centreOfMass,
  inkBounds,
  preprocessDigit,
} from '../../../src/widgets/DigitTrainer/preprocess.ts'

const SIZE = 100

/** A drawing with a filled rectangle of full ink. */
function rect(top: number, left: number, h: number, w: number): Float64Array {
  const ink = new Float64Array(SIZE * SIZE)
  for (let r = top; r < top + h; r++) for (let c = left; c < left + w; c++) ink[r * SIZE + c] = 1
  return ink
}

describe('preprocessDigit', () => {
  it('returns null for a blank drawing', () => {
    expect(preprocessDigit(new Float64Array(SIZE * SIZE), SIZE)).toBeNull()
  })

  it('scales the longer side to 20 pixels, keeps the aspect ratio and the ink per area', () => {
    // A 60 × 30 block in a corner: 20 × 10 pixels of full ink after scaling by 1/3.
    const out = preprocessDigit(rect(2, 5, 60, 30), SIZE)!
    const b = inkBounds(out, 28)!
    expect(b.bottom - b.top + 1).toBe(20)
    expect(b.right - b.left + 1).toBe(10)
    expect(out.reduce((a, v) => a + v, 0)).toBeCloseTo(200, 9)
  })

  it('centres by mass at pixel (14, 14), wherever the drawing was', () => {
    for (const ink of [rect(0, 0, 40, 40), rect(70, 55, 25, 45)]) {
      const c = centreOfMass(preprocessDigit(ink, SIZE)!, 28, 28)!
      expect(Math.abs(c.row - 14)).toBeLessThanOrEqual(0.5)
      expect(Math.abs(c.col - 14)).toBeLessThanOrEqual(0.5)
    }
  })

  it('averages the area each new pixel covers (anti-aliasing)', () => {
    // Two one-cell-wide lines 40 cells apart: each pixel covers 2 × 2 cells, so holds half ink.
    const ink = rect(0, 0, 40, 1)
    for (let r = 0; r < 40; r++) ink[r * SIZE + 39] = 1
    const out = preprocessDigit(ink, SIZE)!
    const values = new Set(out.filter((v) => v > 0).map((v) => Math.round(v * 1000) / 1000))
    expect([...values]).toEqual([0.5])
  })

  it('leaves a real MNIST digit nearly unchanged', () => {
    const data = parseDigits(new Uint8Array(readFileSync('public/data/digits.bin')))
    const digit = Array.from(digitInk(data.validation, 3))
    const again = preprocessDigit(digitToPad(digit, 28), PAD_SIZE)!
    const diff = digit.reduce((s, v, k) => s + Math.abs(v - again[k]), 0)
    const mass = digit.reduce((s, v) => s + v, 0)
    expect(diff / mass).toBeLessThan(0.35)
  })
})

describe('the soft brush', () => {
  it('inks fully near the centre, fades to nothing at the radius', () => {
    expect(brushInk(0, 8)).toBe(1)
    expect(brushInk(4, 8)).toBe(1)
    expect(brushInk(6, 8)).toBeCloseTo(0.5, 12)
    expect(brushInk(8, 8)).toBe(0)
  })

  it('never exceeds full ink and stays inside the grid at the edges', () => {
    const ink = new Float64Array(20 * 20)
    stamp(ink, 20, { x: 0, y: 0 }, 5)
    stamp(ink, 20, { x: 0.5, y: 0.5 }, 5)
    expect(Math.max(...ink)).toBe(1)
    expect(ink.length).toBe(400)
  })

  it('leaves no gap along a long stroke', () => {
    const ink = new Float64Array(50 * 50)
    stroke(ink, 50, { x: 5, y: 25 }, { x: 45, y: 25 }, 4)
    for (let c = 5; c < 45; c++) expect(ink[25 * 50 + c]).toBe(1)
  })
})
