/**
 * The packed digits file (public/data/digits.bin), written by build/pack-digits.ts from the `mnist`
 * package. Little-endian, one byte per label and per pixel:
 *
 *   offset  size  field
 *   0       4     magic "UDIG"
 *   4       2     format version (1)
 *   6       2     image side (28)
 *   8       4     training count T
 *   12      4     validation count V
 *   16      T+V   labels 0-9, training digits then validation digits
 *   16+T+V  ...   pixels, (T+V) images of side² bytes, row-major, 0 = paper and 255 = full ink
 *
 * Pure: no engine import, so the page could read it too.
 */

/** The four bytes every digits file starts with. */
export const DIGITS_MAGIC = 'UDIG'

/** The format version this parser reads. */
export const DIGITS_VERSION = 1

/** Bytes before the labels. */
export const HEADER_BYTES = 16

/** Labelled digits, pixels as bytes (divide by 255 for ink in [0, 1]). */
export interface DigitSet {
  side: number
  /** One label 0-9 per image. */
  labels: Uint8Array
  /** count · side² bytes, image after image. */
  pixels: Uint8Array
}

/** Both splits of the packed file. */
export interface DigitsData {
  train: DigitSet
  validation: DigitSet
}

/** Pixels of image `index` of a set, as ink in [0, 1]. */
export function digitInk(set: DigitSet, index: number): Float64Array {
  const area = set.side * set.side
  const out = new Float64Array(area)
  const bytes = set.pixels.subarray(index * area, (index + 1) * area)
  for (let k = 0; k < area; k++) out[k] = bytes[k] / 255
  return out
}

/** Writes both splits in the format above. */
export function encodeDigits(data: DigitsData): Uint8Array {
  const { train, validation } = data
  const side = train.side
  const t = train.labels.length
  const v = validation.labels.length
  const out = new Uint8Array(HEADER_BYTES + (t + v) * (1 + side * side))
  const view = new DataView(out.buffer)
  for (let k = 0; k < 4; k++) out[k] = DIGITS_MAGIC.charCodeAt(k)
  view.setUint16(4, DIGITS_VERSION, true)
  view.setUint16(6, side, true)
  view.setUint32(8, t, true)
  view.setUint32(12, v, true)
  out.set(train.labels, HEADER_BYTES)
  out.set(validation.labels, HEADER_BYTES + t)
  out.set(train.pixels, HEADER_BYTES + t + v)
  out.set(validation.pixels, HEADER_BYTES + t + v + train.pixels.length)
  return out
}

/** Reads a packed digits file, or throws an Error saying in plain words what is wrong with it. */
export function parseDigits(bytes: Uint8Array): DigitsData {
  const broken = (why: string) => new Error(`The digits file is damaged: ${why}.`)
  if (bytes.length < HEADER_BYTES)
    throw broken(`it has ${bytes.length} bytes, too few for a header`)
  const magic = String.fromCharCode(...bytes.subarray(0, 4))
  if (magic !== DIGITS_MAGIC) throw broken('it does not start with "UDIG"')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = view.getUint16(4, true)
  if (version !== DIGITS_VERSION)
    throw broken(`it has format version ${version}, this page reads ${DIGITS_VERSION}`)
  const side = view.getUint16(6, true)
  const t = view.getUint32(8, true)
  const v = view.getUint32(12, true)
  if (side < 8 || side > 64) throw broken(`its images would be ${side} pixels wide`)
  if (t < 10 || v < 10) throw broken(`it holds ${t} training and ${v} validation digits, too few`)
  const expected = HEADER_BYTES + (t + v) * (1 + side * side)
  if (bytes.length !== expected)
    throw broken(`it has ${bytes.length} bytes where its header promises ${expected}`)
  const labels = bytes.subarray(HEADER_BYTES, HEADER_BYTES + t + v)
  const bad = labels.findIndex((l) => l > 9)
  if (bad >= 0) throw broken(`digit ${bad} has label ${labels[bad]}, not 0-9`)
  const area = side * side
  const start = HEADER_BYTES + t + v
  return {
    train: { side, labels: labels.subarray(0, t), pixels: bytes.subarray(start, start + t * area) },
    validation: {
      side,
      labels: labels.subarray(t),
      pixels: bytes.subarray(start + t * area, expected),
    },
  }
}
