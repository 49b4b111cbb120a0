/**
 * The LSTM over a whole sequence as one fused op with hand-written BPTT, in PyTorch's equations and
 * weight layout: the rows of weightIh [4H, I] and weightHh [4H, H] are the gates in the order
 * i, f, g, o (input, forget, candidate, output).
 *
 *   a = x_t W_ihᵀ + b_ih + h_{t-1} W_hhᵀ + b_hh     split into a_i, a_f, a_g, a_o
 *   i = σ(a_i)  f = σ(a_f)  g = tanh(a_g)  o = σ(a_o)
 *   c_t = f ⊙ c_{t-1} + i ⊙ g                       h_t = o ⊙ tanh(c_t)
 *
 * Variants: 'peephole' adds w_ci ⊙ c_{t-1} to a_i, w_cf ⊙ c_{t-1} to a_f and w_co ⊙ c_t to a_o
 * (Gers & Schmidhuber); 'coupled' drops the input gate and uses i = 1 - f, so its weights have 3H
 * rows in the order f, g, o.
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

/** Which LSTM: PyTorch's, with peephole connections, or with coupled input and forget gates. */
export type LSTMVariant = 'standard' | 'peephole' | 'coupled'

/** Weights in PyTorch's layout (see the module comment for the gate order and the variants). */
export interface LSTMWeights {
  weightIh: Tensor
  weightHh: Tensor
  biasIh?: Tensor | null
  biasHh?: Tensor | null
  /** Peephole weights [H], only for the 'peephole' variant. */
  weightCi?: Tensor | null
  weightCf?: Tensor | null
  weightCo?: Tensor | null
}

/** Number of gate blocks of a variant's weights (4, or 3 when i = 1 - f). */
export function lstmGateCount(variant: LSTMVariant): number {
  return variant === 'coupled' ? 3 : 4
}

/** Everything the forward pass computed, flat and time-major, plus the gradients BPTT found. */
export interface LSTMRecord {
  steps: number
  batch: number
  hidden: number
  variant: LSTMVariant
  /** Pre-activations a_i, a_f, a_g, a_o (peepholes included) as [T, N, 4H], gate order i, f, g, o. */
  preact: Float64Array
  /** Gate values i, f, g, o as [T, N, 4H] (i = 1 - f for the coupled variant). */
  gates: Float64Array
  /** c_0 ... c_T and h_0 ... h_T, [T + 1, N, H] each. */
  c: Float64Array
  h: Float64Array
  /** After backward: dL/dh_t and dL/dc_t for t = 1..T, [T, N, H], through every path. */
  dh: Float64Array | null
  dc: Float64Array | null
}

/** The output sequence [T, N, H], its last step hN [N, H], the last cell state cN [N, H] and the record. */
export interface LSTMResult {
  output: Tensor
  hN: Tensor
  cN: Tensor
  record: LSTMRecord
}

/** Runs an LSTM over `input` from (h0, c0) (zeros when absent), as one op with a fused BPTT. */
export function lstm(
  input: SequenceInput,
  state: { h0?: Tensor | null; c0?: Tensor | null } | null | undefined,
  weights: LSTMWeights,
  variant: LSTMVariant = 'standard',
  recurrentMask?: Tensor | null,
): LSTMResult {
  const { steps: T, batch: N, features: I } = describeInput('lstm', input)
  const { weightIh, weightHh, biasIh, biasHh } = weights
  const G = lstmGateCount(variant)
  if (weightHh.ndim !== 2 || weightHh.shape[0] % G !== 0) {
    throw new RangeError(
      `lstm: weightHh must be [${G}H, H] for the ${variant} variant, got ${showShape(weightHh.shape)}`,
    )
  }
  const H = weightHh.shape[1]
  const GH = G * H
  expectShape('lstm', 'weightHh', weightHh, [GH, H])
  expectShape('lstm', 'weightIh', weightIh, [GH, I])
  expectShape('lstm', 'biasIh', biasIh, [GH])
  expectShape('lstm', 'biasHh', biasHh, [GH])
  const h0 = state?.h0 ?? null
  const c0 = state?.c0 ?? null
  expectShape('lstm', 'h0', h0, [N, H])
  expectShape('lstm', 'c0', c0, [N, H])
  const peep = variant === 'peephole'
  const wci = peep ? weights.weightCi : null
  const wcf = peep ? weights.weightCf : null
  const wco = peep ? weights.weightCo : null
  if (peep && (!wci || !wcf || !wco))
    throw new RangeError('lstm: the peephole variant needs weightCi, weightCf and weightCo')
  for (const [name, w] of [
    ['weightCi', wci],
    ['weightCf', wcf],
    ['weightCo', wco],
  ] as const)
    expectShape('lstm', name, w, [H])
  // Offsets of each gate inside a row of the weights' G blocks; the coupled variant has no i block.
  const [oi, of, og, oo] = variant === 'coupled' ? [-1, 0, H, 2 * H] : [0, H, 2 * H, 3 * H]
  const NH = N * H
  const a = projectInput(input, weightIh)
  const preact = new Float64Array(T * N * 4 * H)
  const gates = new Float64Array(T * N * 4 * H)
  const c = new Float64Array((T + 1) * NH)
  const h = new Float64Array((T + 1) * NH)
  const tc = new Float64Array(T * NH)
  if (h0) h.set(h0.data)
  if (c0) c.set(c0.data)
  const whh = weightHh.data
  const mask = checkRecurrentMask('lstm', recurrentMask, N, H)
  const hm = mask ? new Float64Array(T * NH) : h
  for (let t = 0; t < T; t++) {
    const at = t * N * GH
    for (let n = 0; n < N; n++) {
      for (let j = 0; j < GH; j++)
        a[at + n * GH + j] += (biasIh ? biasIh.data[j] : 0) + (biasHh ? biasHh.data[j] : 0)
    }
    if (mask) maskState(h, hm, t * NH, mask)
    gemmNT(hm, t * NH, whh, 0, a, at, N, H, GH)
    for (let n = 0; n < N; n++) {
      const row = at + n * GH
      const rec = (t * N + n) * 4 * H
      for (let j = 0; j < H; j++) {
        const s = t * NH + n * H + j
        const cPrev = c[s]
        const af = a[row + of + j] + (wcf ? wcf.data[j] * cPrev : 0)
        const f = sigmoid(af)
        const ai = oi < 0 ? 0 : a[row + oi + j] + (wci ? wci.data[j] * cPrev : 0)
        const i = oi < 0 ? 1 - f : sigmoid(ai)
        const ag = a[row + og + j]
        const g = tanh(ag)
        const cNew = f * cPrev + i * g
        const ao = a[row + oo + j] + (wco ? wco.data[j] * cNew : 0)
        const o = sigmoid(ao)
        const tcv = tanh(cNew)
        c[s + NH] = cNew
        tc[s] = tcv
        h[s + NH] = o * tcv
        preact[rec + j] = ai
        preact[rec + H + j] = af
        preact[rec + 2 * H + j] = ag
        preact[rec + 3 * H + j] = ao
        gates[rec + j] = i
        gates[rec + H + j] = f
        gates[rec + 2 * H + j] = g
        gates[rec + 3 * H + j] = o
      }
    }
  }
  const record: LSTMRecord = {
    steps: T,
    batch: N,
    hidden: H,
    variant,
    preact,
    gates,
    c,
    h,
    dh: null,
    dc: null,
  }
  const dense = 'kind' in input ? [] : [input]
  const optional = [h0, c0, weightIh, weightHh, biasIh, biasHh, wci, wcf, wco].filter(
    (x): x is Tensor => !!x,
  )
  // One node holds h_1..h_T followed by c_T, so a loss on cN back-propagates through the sequence
  // too; output, hN and cN are views cut from it.
  const packed = new Float64Array(T * NH + NH)
  packed.set(h.subarray(NH))
  packed.set(c.subarray(T * NH), T * NH)
  const node = result('lstm', packed, [packed.length], [...dense, ...optional], (g) => {
    const dA = new Float64Array(T * N * GH)
    const dh = new Float64Array(T * NH)
    const dcRec = new Float64Array(T * NH)
    const dhNext = new Float64Array(NH)
    const dcNext = g.slice(T * NH)
    const gwhh = gradOf(weightHh)
    const [gci, gcf, gco] = [wci, wcf, wco].map((w) => (w ? gradOf(w) : null))
    for (let t = T - 1; t >= 0; t--) {
      const at = t * N * GH
      for (let n = 0; n < N; n++) {
        const row = at + n * GH
        const rec = (t * N + n) * 4 * H
        for (let j = 0; j < H; j++) {
          const s = t * NH + n * H + j
          const k = n * H + j
          const i = gates[rec + j]
          const f = gates[rec + H + j]
          const gg = gates[rec + 2 * H + j]
          const o = gates[rec + 3 * H + j]
          const cPrev = c[s]
          const tcv = tc[s]
          const dht = g[s] + dhNext[k]
          dh[s] = dht
          const dao = dht * tcv * o * (1 - o)
          let dct = dcNext[k] + dht * o * (1 - tcv * tcv) + (wco ? dao * wco.data[j] : 0)
          dcRec[s] = dct
          const dag = dct * i * (1 - gg * gg)
          // coupled: c = f c_prev + (1 - f) g, so dc/df = c_prev - g
          const daf = dct * (oi < 0 ? cPrev - gg : cPrev) * f * (1 - f)
          const dai = oi < 0 ? 0 : dct * gg * i * (1 - i)
          if (oi >= 0) dA[row + oi + j] = dai
          dA[row + of + j] = daf
          dA[row + og + j] = dag
          dA[row + oo + j] = dao
          dct = dct * f + (wci ? dai * wci.data[j] : 0) + (wcf ? daf * wcf.data[j] : 0)
          dcNext[k] = dct
          if (gci) gci[j] += dai * cPrev
          if (gcf) gcf[j] += daf * cPrev
          if (gco) gco[j] += dao * c[s + NH]
        }
      }
      dhNext.fill(0)
      gemm(dA, at, whh, 0, dhNext, 0, N, GH, H)
      if (mask) for (let k = 0; k < NH; k++) dhNext[k] *= mask[k]
    }
    // dW_hh = Σ_t dA_tᵀ h_{t-1}: one product over all steps, after the recurrence
    if (gwhh) gemmTN(dA, 0, hm, 0, gwhh, 0, T * N, GH, H)
    record.dh = dh
    record.dc = dcRec
    const gh0 = h0 ? gradOf(h0) : null
    const gc0 = c0 ? gradOf(c0) : null
    for (let k = 0; k < NH; k++) {
      if (gh0) gh0[k] += dhNext[k]
      if (gc0) gc0[k] += dcNext[k]
    }
    projectInputBackward(input, weightIh, dA)
    for (const b of [biasIh, biasHh]) {
      const gb = b ? gradOf(b) : null
      if (gb) for (let p = 0; p < T * N; p++) for (let j = 0; j < GH; j++) gb[j] += dA[p * GH + j]
    }
  })
  const output = reshape(narrow(node, 0, 0, T * NH), [T, N, H])
  const hN = reshape(narrow(output, 0, T - 1, 1), [N, H])
  const cN = reshape(narrow(node, 0, T * NH, NH), [N, H])
  return { output, hN, cN, record }
}
