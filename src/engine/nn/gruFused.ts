/**
 * The GRU over a whole sequence as one fused op with hand-written BPTT, in PyTorch's equations and
 * weight layout: the rows of weightIh [3H, I] and weightHh [3H, H] are r, z, n (reset, update,
 * candidate).
 *
 *   r = σ(W_ir x + b_ir + W_hr h + b_hr)      z = σ(W_iz x + b_iz + W_hz h + b_hz)
 *   n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))
 *   h_t = (1 - z) ⊙ n + z ⊙ h_{t-1}
 *
 * The reset gate multiplies the hidden part of n after its bias, as PyTorch does (not before the
 * matmul, as in Cho et al.'s paper).
 */
import { sigmoid, tanh } from '../activations.ts'
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

/** Weights in PyTorch's layout, gate order r, z, n. */
export interface GRUWeights {
  weightIh: Tensor
  weightHh: Tensor
  biasIh?: Tensor | null
  biasHh?: Tensor | null
}

/** Everything the forward pass computed, flat and time-major, plus the gradients BPTT found. */
export interface GRURecord {
  steps: number
  batch: number
  hidden: number
  /** Input parts x W_ihᵀ + b_ih, [T, N, 3H] in order r, z, n. */
  inputPart: Float64Array
  /** Hidden parts h W_hhᵀ + b_hh, [T, N, 3H] in order r, z, n. */
  hiddenPart: Float64Array
  /** Gate values r, z, n as [T, N, 3H]. */
  gates: Float64Array
  /** h_0 ... h_T, [T + 1, N, H]. */
  h: Float64Array
  /** After backward: dL/dh_t for t = 1..T, [T, N, H], through every path. */
  dh: Float64Array | null
}

/** The output sequence [T, N, H] (autograd node), hN [N, H] and the record. */
export interface GRUResult {
  output: Tensor
  hN: Tensor
  record: GRURecord
}

/** Runs a GRU over `input` from h0 (zeros when absent), as one op with a fused BPTT. */
export function gru(
  input: SequenceInput,
  h0: Tensor | null | undefined,
  weights: GRUWeights,
  recurrentMask?: Tensor | null,
): GRUResult {
  const { steps: T, batch: N, features: I } = describeInput('gru', input)
  const { weightIh, weightHh, biasIh, biasHh } = weights
  if (weightHh.ndim !== 2 || weightHh.shape[0] % 3 !== 0) {
    throw new RangeError(`gru: weightHh must be [3H, H], got ${showShape(weightHh.shape)}`)
  }
  const H = weightHh.shape[1]
  const GH = 3 * H
  expectShape('gru', 'weightHh', weightHh, [GH, H])
  expectShape('gru', 'weightIh', weightIh, [GH, I])
  expectShape('gru', 'biasIh', biasIh, [GH])
  expectShape('gru', 'biasHh', biasHh, [GH])
  expectShape('gru', 'h0', h0, [N, H])
  const NH = N * H
  const ax = projectInput(input, weightIh)
  const ah = new Float64Array(T * N * GH)
  const gates = new Float64Array(T * N * GH)
  const h = new Float64Array((T + 1) * NH)
  if (h0) h.set(h0.data)
  const whh = weightHh.data
  const mask = checkRecurrentMask('gru', recurrentMask, N, H)
  const hm = mask ? new Float64Array(T * NH) : h
  for (let t = 0; t < T; t++) {
    const at = t * N * GH
    for (let n = 0; n < N; n++) {
      for (let j = 0; j < GH; j++) {
        ax[at + n * GH + j] += biasIh ? biasIh.data[j] : 0
        ah[at + n * GH + j] = biasHh ? biasHh.data[j] : 0
      }
    }
    if (mask) maskState(h, hm, t * NH, mask)
    gemmNT(hm, t * NH, whh, 0, ah, at, N, H, GH)
    for (let n = 0; n < N; n++) {
      const row = at + n * GH
      for (let j = 0; j < H; j++) {
        const r = sigmoid(ax[row + j] + ah[row + j])
        const z = sigmoid(ax[row + H + j] + ah[row + H + j])
        const cand = tanh(ax[row + 2 * H + j] + r * ah[row + 2 * H + j])
        gates[row + j] = r
        gates[row + H + j] = z
        gates[row + 2 * H + j] = cand
        const s = t * NH + n * H + j
        h[s + NH] = (1 - z) * cand + z * h[s]
      }
    }
  }
  const record: GRURecord = {
    steps: T,
    batch: N,
    hidden: H,
    inputPart: ax,
    hiddenPart: ah,
    gates,
    h,
    dh: null,
  }
  const dense = 'kind' in input ? [] : [input]
  const optional = [h0, weightIh, weightHh, biasIh, biasHh].filter((x): x is Tensor => !!x)
  const output = result('gru', h.slice(NH), [T, N, H], [...dense, ...optional], (g) => {
    const dAx = new Float64Array(T * N * GH)
    const dAh = new Float64Array(T * N * GH)
    const dh = new Float64Array(T * NH)
    const dhNext = new Float64Array(NH)
    const through = new Float64Array(mask ? NH : 0)
    const gwhh = gradOf(weightHh)
    for (let t = T - 1; t >= 0; t--) {
      const at = t * N * GH
      for (let n = 0; n < N; n++) {
        const row = at + n * GH
        for (let j = 0; j < H; j++) {
          const s = t * NH + n * H + j
          const k = n * H + j
          const r = gates[row + j]
          const z = gates[row + H + j]
          const cand = gates[row + 2 * H + j]
          const dht = g[s] + dhNext[k]
          dh[s] = dht
          const dan = dht * (1 - z) * (1 - cand * cand)
          const daz = dht * (h[s] - cand) * z * (1 - z)
          const dar = dan * ah[row + 2 * H + j] * r * (1 - r)
          dAx[row + j] = dar
          dAx[row + H + j] = daz
          dAx[row + 2 * H + j] = dan
          dAh[row + j] = dar
          dAh[row + H + j] = daz
          dAh[row + 2 * H + j] = dan * r
          dhNext[k] = dht * z
        }
      }
      // dhNext holds the direct path z ⊙ dh; add the path through W_hh (and the mask, if any)
      if (mask) {
        through.fill(0)
        gemm(dAh, at, whh, 0, through, 0, N, GH, H)
        for (let k = 0; k < NH; k++) dhNext[k] += through[k] * mask[k]
      } else {
        gemm(dAh, at, whh, 0, dhNext, 0, N, GH, H)
      }
    }
    // dW_hh = Σ_t dA_tᵀ h_{t-1}: one product over all steps, after the recurrence
    if (gwhh) gemmTN(dAh, 0, hm, 0, gwhh, 0, T * N, GH, H)
    record.dh = dh
    const gh0 = h0 ? gradOf(h0) : null
    if (gh0) for (let k = 0; k < NH; k++) gh0[k] += dhNext[k]
    projectInputBackward(input, weightIh, dAx)
    const sumRows = (b: Tensor | null | undefined, d: Float64Array) => {
      const gb = b ? gradOf(b) : null
      if (gb) for (let p = 0; p < T * N; p++) for (let j = 0; j < GH; j++) gb[j] += d[p * GH + j]
    }
    sumRows(biasIh, dAx)
    sumRows(biasHh, dAh)
  })
  const hN = reshape(narrow(output, 0, T - 1, 1), [N, H])
  return { output, hN, record }
}
