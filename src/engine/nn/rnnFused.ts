/**
 * The vanilla RNN over a whole sequence as one fused op: h_t = act(x_t W_ihᵀ + b_ih + h_{t-1} W_hhᵀ
 * + b_hh), PyTorch's nn.RNN equation, with backpropagation through time written out by hand. The
 * forward pass keeps every pre-activation and state (the record) for traces and for the backward.
 */
import { activations } from '../activations.ts'
import { gemm, gemmNT, gemmTN } from '../ops/matmul.ts'
import { narrow, reshape } from '../ops/shape.ts'
import { gradOf, result, showShape, type Tensor } from '../tensor.ts'
import {
  checkRecurrentMask,
  describeInput,
  maskState,
  expectShape,
  projectInput,
  projectInputBackward,
  type SequenceInput,
} from './input.ts'

/** The activations a vanilla RNN may use (PyTorch offers tanh and relu; sigmoid is for lessons). */
export type RNNNonlinearity = 'tanh' | 'relu' | 'sigmoid'

/** Weights in PyTorch's layout: weightIh [H, I], weightHh [H, H], biases [H]. */
export interface RNNWeights {
  weightIh: Tensor
  weightHh: Tensor
  biasIh?: Tensor | null
  biasHh?: Tensor | null
}

/** Everything the forward pass computed, flat and time-major, plus the gradients BPTT found. */
export interface RNNRecord {
  steps: number
  batch: number
  hidden: number
  nonlinearity: RNNNonlinearity
  /** a_t = x_t W_ihᵀ + b_ih + h_{t-1} W_hhᵀ + b_hh, [T, N, H]. */
  preact: Float64Array
  /** h_0 ... h_T, [T + 1, N, H]. */
  h: Float64Array
  /** After backward: dL/dh_t for t = 1..T, [T, N, H], through every path (outputs and recurrence). */
  dh: Float64Array | null
}

/** The output sequence [T, N, H] (autograd node), its last step hN [N, H] and the record. */
export interface RNNResult {
  output: Tensor
  hN: Tensor
  record: RNNRecord
}

/** Runs a vanilla RNN over `input` from h0 (zeros when absent), as one op with a fused BPTT. */
export function rnn(
  input: SequenceInput,
  h0: Tensor | null | undefined,
  weights: RNNWeights,
  nonlinearity: RNNNonlinearity = 'tanh',
  recurrentMask?: Tensor | null,
): RNNResult {
  const { steps: T, batch: N, features: I } = describeInput('rnn', input)
  const { weightIh, weightHh, biasIh, biasHh } = weights
  if (weightHh.ndim !== 2)
    throw new RangeError(`rnn: weightHh must be [H, H], got ${showShape(weightHh.shape)}`)
  const H = weightHh.shape[0]
  expectShape('rnn', 'weightIh', weightIh, [H, I])
  expectShape('rnn', 'weightHh', weightHh, [H, H])
  expectShape('rnn', 'biasIh', biasIh, [H])
  expectShape('rnn', 'biasHh', biasHh, [H])
  expectShape('rnn', 'h0', h0, [N, H])
  const act = activations[nonlinearity]
  if (!act) throw new RangeError(`rnn: unknown nonlinearity '${nonlinearity}'`)
  const NH = N * H
  const preact = projectInput(input, weightIh)
  const h = new Float64Array((T + 1) * NH)
  if (h0) h.set(h0.data)
  const whh = weightHh.data
  const mask = checkRecurrentMask('rnn', recurrentMask, N, H)
  const hm = mask ? new Float64Array(T * NH) : h
  for (let t = 0; t < T; t++) {
    const a = t * NH
    for (let n = 0; n < N; n++) {
      for (let j = 0; j < H; j++) {
        preact[a + n * H + j] += (biasIh ? biasIh.data[j] : 0) + (biasHh ? biasHh.data[j] : 0)
      }
    }
    if (mask) maskState(h, hm, a, mask)
    gemmNT(hm, a, whh, 0, preact, a, N, H, H)
    for (let k = 0; k < NH; k++) h[a + NH + k] = act.f(preact[a + k])
  }
  const record: RNNRecord = { steps: T, batch: N, hidden: H, nonlinearity, preact, h, dh: null }
  const dense = 'kind' in input ? [] : [input]
  const inputs = [
    ...dense,
    ...(h0 ? [h0] : []),
    weightIh,
    weightHh,
    ...(biasIh ? [biasIh] : []),
    ...(biasHh ? [biasHh] : []),
  ]
  const output = result('rnn', h.slice(NH), [T, N, H], inputs, (g) => {
    const dA = new Float64Array(T * NH)
    const dh = new Float64Array(T * NH)
    const carry = new Float64Array(NH)
    const gwhh = gradOf(weightHh)
    for (let t = T - 1; t >= 0; t--) {
      const a = t * NH
      for (let k = 0; k < NH; k++) {
        const total = g[a + k] + carry[k]
        dh[a + k] = total
        dA[a + k] = total * act.df(preact[a + k])
      }
      carry.fill(0)
      // dL/dh_{t-1} through the recurrence: dA_t · W_hh
      gemm(dA, a, whh, 0, carry, 0, N, H, H)
      if (mask) for (let k = 0; k < NH; k++) carry[k] *= mask[k]
    }
    // dW_hh = Σ_t dA_tᵀ h_{t-1}: one product over all steps, after the recurrence
    if (gwhh) gemmTN(dA, 0, hm, 0, gwhh, 0, T * N, H, H)
    record.dh = dh
    if (h0) {
      const gh0 = gradOf(h0)
      if (gh0) for (let k = 0; k < NH; k++) gh0[k] += carry[k]
    }
    projectInputBackward(input, weightIh, dA)
    for (const b of [biasIh, biasHh]) {
      const gb = b ? gradOf(b) : null
      if (gb) for (let p = 0; p < T * N; p++) for (let j = 0; j < H; j++) gb[j] += dA[p * H + j]
    }
  })
  const hN = reshape(narrow(output, 0, T - 1, 1), [N, H])
  return { output, hN, record }
}
