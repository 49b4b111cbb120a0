/** Reading the fused ops' flat, time-major records one step and one example at a time (for traces). */
import type { SequenceInput } from './input.ts'

/** Values [offset, offset + length) of a flat array, as a plain array for widgets. */
export function recordSlice(values: Float64Array, offset: number, length: number): number[] {
  return Array.from(values.subarray(offset, offset + length))
}

/** What entered at step t for one example: the input vector, or the token of a one-hot input. */
export function inputAt(input: SequenceInput, t: number, example: number): number[] | number {
  if ('kind' in input) return input.tokens[t * input.batch + example]
  const [, batch, features] = input.shape
  return recordSlice(input.data, (t * batch + example) * features, features)
}

/** Checks the example index against the batch size. */
export function checkExample(op: string, example: number, batch: number): void {
  if (!Number.isInteger(example) || example < 0 || example >= batch) {
    throw new RangeError(`${op}: example ${example} is not in [0, ${batch})`)
  }
}
