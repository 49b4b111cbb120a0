/**
 * One GRU step as data, every number from the engine: the fused GRU's trace gives the input and
 * hidden parts of each gate, r, z, n and h_t; engine ops give the terms the working writes out.
 */
import { add, mul, sub, tensor } from '../../engine/index.ts'
import { traceGRU, type GRUGateValues } from '../../trace/gruSteps.ts'
import { engineGivens } from './gatedWeights.ts'
import type { StepInputs } from './presets.ts'

/** Every number of one worked GRU step (PyTorch's equations: r multiplies W_hn h + b_hn). */
export interface GruModel {
  H: number
  D: number
  hPrev: number[]
  /** x_t·W_x + b, per block r, z, n (PyTorch's x W_ihᵀ + b_ih). */
  inputPart: GRUGateValues
  /** h_{t-1}·W_h, per block (PyTorch's h W_hhᵀ + b_hh, with b_hh = 0 here). */
  hiddenPart: GRUGateValues
  /** The pre-activations of r and z: the two parts added. */
  preR: number[]
  preZ: number[]
  /** r ⊙ (h_{t-1}·W_hn): the reset gate applied after the product, as PyTorch does. */
  resetHidden: number[]
  /** inputPart.n + resetHidden, the candidate's pre-activation. */
  preN: number[]
  gates: GRUGateValues
  /** 1 − z. */
  oneMinusZ: number[]
  /** (1 − z) ⊙ n: what is taken of the candidate. */
  taken: number[]
  /** z ⊙ h_{t-1}: what is kept of the old state. */
  kept: number[]
  h: number[]
}

const vec = (t: { data: Float64Array }) => Array.from(t.data)
const t1 = (v: number[]) => tensor(v)

/** Runs one GRU step on the givens (W (H + D) x 3H, b 3H). */
export function gruModel(givens: StepInputs): GruModel {
  const { input, h0, weights } = engineGivens(givens)
  const [step] = traceGRU(input, h0, weights)
  const { inputPart: xp, hiddenPart: hp, gates } = step
  const resetHidden = mul(t1(gates.r), t1(hp.n))
  const oneMinusZ = sub(1, t1(gates.z))
  return {
    H: givens.h.length,
    D: givens.x.length,
    hPrev: step.hPrev,
    inputPart: xp,
    hiddenPart: hp,
    preR: vec(add(t1(xp.r), t1(hp.r))),
    preZ: vec(add(t1(xp.z), t1(hp.z))),
    resetHidden: vec(resetHidden),
    preN: vec(add(t1(xp.n), resetHidden)),
    gates,
    oneMinusZ: vec(oneMinusZ),
    taken: vec(mul(oneMinusZ, t1(gates.n))),
    kept: vec(mul(t1(gates.z), t1(step.hPrev))),
    h: step.h,
  }
}
