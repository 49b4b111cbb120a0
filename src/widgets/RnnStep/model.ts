/**
 * The worked step as data: every intermediate of h_t = tanh([h_{t-1}, x_t]·W + b), each asked of
 * the engine, plus the split form h·W_hh + x·W_xh + b computed by two other engine routes. The
 * view only typesets these numbers, so the formula, the grids and the diagram cannot disagree.
 */
import {
  add,
  cat,
  errata,
  matmul,
  mul,
  narrow,
  rnnCell,
  rnnCellConcat,
  tanh,
  tensor,
  transpose,
  type Erratum,
  type Tensor,
} from '../../engine/index.ts'
import type { StepInputs } from './presets.ts'

/** The split form: the same pre-activation from W's two blocks, and the engine's RNNCell. */
export interface SplitForm {
  /** h_{t-1}·W_hh with W_hh the first H rows of W. */
  hPart: number[]
  /** x_t·W_xh with W_xh the last D rows of W. */
  xPart: number[]
  /** hPart + xPart + b. */
  preact: number[]
  /** torch.nn.RNNCell's equation with W_ih = W_xhᵀ, W_hh = (first block)ᵀ, b_ih = b, b_hh = 0. */
  h: number[]
  /** The largest |difference| from the concatenated form, pre-activation and h_t together. */
  maxDiff: number
}

/** Every number of one worked step. */
export interface StepModel {
  H: number
  D: number
  /** W as given, (H + D) x H. */
  weights: number[][]
  /** [h_{t-1}, x_t]. */
  concat: number[]
  /** products[i][j] = concat[i]·W[i][j]: the terms of output j. */
  products: number[][]
  /** concat·W. */
  z: number[]
  /** z + b. */
  preact: number[]
  /** tanh(preact), from the engine's rnnCellConcat. */
  h: number[]
  split: SplitForm
}

const row = (t: Tensor) => Array.from(t.data)

/** Computes the worked step with the engine; shapes must agree (W is (H + D) x H, b has H). */
export function stepModel({ h, x, W, b }: StepInputs): StepModel {
  const H = h.length
  const D = x.length
  const hT = tensor([h])
  const xT = tensor([x])
  const wT = tensor(W)
  const bT = tensor(b)
  const concat = cat([hT, xT], 1)
  // A column [H + D, 1] times W [H + D, H] broadcasts to every term of every output at once.
  const products = mul(transpose(concat), wT).toArray() as number[][]
  const z = matmul(concat, wT)
  const preact = add(z, bT)
  const out = rnnCellConcat(hT, xT, wT, bT)
  if (tanh(preact).data.some((v, k) => v !== out.data[k]))
    throw new Error('rnnStep: tanh of the pre-activation disagrees with rnnCellConcat')

  const wHh = narrow(wT, 0, 0, H)
  const wXh = narrow(wT, 0, H, D)
  const hPart = matmul(hT, wHh)
  const xPart = matmul(xT, wXh)
  const splitPre = add(add(hPart, xPart), bT)
  const cell = rnnCell(xT, hT, {
    weightIh: transpose(wXh),
    weightHh: transpose(wHh),
    biasIh: bT,
    biasHh: null,
  })
  const diffs = [
    ...splitPre.data.map((v, k) => Math.abs(v - preact.data[k])),
    ...cell.data.map((v, k) => Math.abs(v - out.data[k])),
  ]
  return {
    H,
    D,
    weights: W.map((r) => [...r]),
    concat: row(concat),
    products,
    z: row(z),
    preact: row(preact),
    h: row(out),
    split: {
      hPart: row(hPart),
      xPart: row(xPart),
      preact: row(splitPre),
      h: row(cell),
      maxDiff: Math.max(0, ...diffs),
    },
  }
}

/** The engine's record of the slip in deck 000's worked forward pass. */
export const deckErratum: Erratum | undefined = errata.find(
  (e) => e.deck.startsWith('000_') && e.where.startsWith('A simple forward pass'),
)
