/**
 * Inputs of the fused sequence ops: a dense [T, N, I] tensor, or integer tokens that stand for
 * one-hot vectors. Multiplying a one-hot vector by W_ihᵀ just picks column `token` of W_ih, so token
 * input is a gather (and its gradient a scatter) instead of a matmul full of zeros.
 */
import { gemm, gemmNT, gemmTN } from '../ops/matmul.ts'
import { assertFinite, gradOf, showShape, type Tensor } from '../tensor.ts'

/** Integer tokens standing for one-hot vectors of length `vocab`, laid out [T, N] (time-major). */
export interface OneHotSequence {
  kind: 'oneHot'
  tokens: Int32Array
  steps: number
  batch: number
  vocab: number
}

/** A sequence as the fused RNN, LSTM and GRU ops take it. */
export type SequenceInput = Tensor | OneHotSequence

/** Tokens [T, N] (flat, time-major) as a one-hot sequence over `vocab` symbols; batch defaults to 1. */
export function oneHot(
  tokens: readonly number[] | Int32Array,
  vocab: number,
  batch = 1,
): OneHotSequence {
  if (!Number.isInteger(vocab) || vocab < 1)
    throw new RangeError(`oneHot: vocab must be a positive integer, got ${vocab}`)
  if (!Number.isInteger(batch) || batch < 1 || tokens.length % batch !== 0) {
    throw new RangeError(`oneHot: ${tokens.length} tokens do not split into a batch of ${batch}`)
  }
  tokens.forEach((t, k) => {
    if (!Number.isInteger(t) || t < 0 || t >= vocab) {
      throw new RangeError(`oneHot: token ${t} at position ${k} is not in [0, ${vocab})`)
    }
  })
  return {
    kind: 'oneHot',
    tokens: Int32Array.from(tokens),
    steps: tokens.length / batch,
    batch,
    vocab,
  }
}

/** Steps, batch and feature size of an input, after checking its rank and values. */
export function describeInput(
  op: string,
  input: SequenceInput,
): { steps: number; batch: number; features: number } {
  if ('kind' in input) return { steps: input.steps, batch: input.batch, features: input.vocab }
  if (input.ndim !== 3) {
    throw new RangeError(
      `${op}: input must be [T, N, input_size] (time-major, as PyTorch's default), got ${showShape(input.shape)}`,
    )
  }
  assertFinite(op, 'input', input)
  const [steps, batch, features] = input.shape
  if (steps < 1 || batch < 1)
    throw new RangeError(
      `${op}: input ${showShape(input.shape)} must have at least one step and one example`,
    )
  return { steps, batch, features }
}

/** x_t W_ihᵀ for every step at once: [T·N, rows] from W_ih [rows, I]. */
export function projectInput(input: SequenceInput, weightIh: Tensor): Float64Array {
  const rows = weightIh.shape[0]
  const w = weightIh.data
  if ('kind' in input) {
    const { tokens, vocab } = input
    const out = new Float64Array(tokens.length * rows)
    for (let p = 0; p < tokens.length; p++) {
      const tok = tokens[p]
      const base = p * rows
      for (let r = 0; r < rows; r++) out[base + r] = w[r * vocab + tok]
    }
    return out
  }
  const positions = input.shape[0] * input.shape[1]
  const out = new Float64Array(positions * rows)
  gemmNT(input.data, 0, w, 0, out, 0, positions, input.shape[2], rows)
  return out
}

/** Backward of projectInput: dW_ih += dAᵀ X and, for a dense input that needs it, dX += dA W_ih. */
export function projectInputBackward(
  input: SequenceInput,
  weightIh: Tensor,
  dA: Float64Array,
): void {
  const rows = weightIh.shape[0]
  const gw = gradOf(weightIh)
  if ('kind' in input) {
    if (!gw) return
    const { tokens, vocab } = input
    for (let p = 0; p < tokens.length; p++) {
      const tok = tokens[p]
      const base = p * rows
      for (let r = 0; r < rows; r++) gw[r * vocab + tok] += dA[base + r]
    }
    return
  }
  const positions = input.shape[0] * input.shape[1]
  const features = input.shape[2]
  if (gw) gemmTN(dA, 0, input.data, 0, gw, 0, positions, rows, features)
  const gx = gradOf(input)
  if (gx) gemm(dA, 0, weightIh.data, 0, gx, 0, positions, rows, features)
}

/** Checks a weight's shape, naming the op and the argument. */
export function expectShape(
  op: string,
  name: string,
  t: Tensor | null | undefined,
  shape: readonly number[],
): void {
  if (!t) return
  if (t.ndim !== shape.length || t.shape.some((d, i) => d !== shape[i])) {
    throw new RangeError(`${op}: ${name} must be ${showShape(shape)}, got ${showShape(t.shape)}`)
  }
  assertFinite(op, name, t)
}

/**
 * Checks a recurrent dropout mask: [N, H], finite, fixed for the whole sequence (variational
 * dropout: the same units of h_{t-1} are cut on their way into W_hh at every step).
 */
export function checkRecurrentMask(
  op: string,
  mask: Tensor | null | undefined,
  batch: number,
  hidden: number,
): Float64Array | null {
  if (!mask) return null
  expectShape(op, 'recurrentMask', mask, [batch, hidden])
  return mask.data
}

/** Writes h_t ⊙ m into `dst` at the same offset: what the recurrent product reads when masked. */
export function maskState(
  h: Float64Array,
  dst: Float64Array,
  offset: number,
  mask: Float64Array,
): void {
  for (let k = 0; k < mask.length; k++) dst[offset + k] = h[offset + k] * mask[k]
}
