/**
 * One LSTM step as data, every number from the engine: the fused LSTM's trace gives the
 * pre-activations, gates, c_t and h_t; engine ops give the terms the working writes out.
 */
import { mul, tanh, tensor } from '../../engine/index.ts'
import { traceLSTM, type GateValues } from '../../trace/lstmSteps.ts'
import { engineGivens } from './gatedWeights.ts'
import type { StepInputs } from './presets.ts'

/** Every number of one worked LSTM step (standard variant, PyTorch's equations). */
export interface LstmModel {
  H: number
  D: number
  hPrev: number[]
  cPrev: number[]
  /** a = [h_{t-1}, x_t]·W + b, split into the blocks a_i, a_f, a_g, a_o. */
  preact: GateValues
  /** i = σ(a_i), f = σ(a_f), g = tanh(a_g), o = σ(a_o). */
  gates: GateValues
  /** f ⊙ c_{t-1}: what is kept of the old memory. */
  kept: number[]
  /** i ⊙ g: what is written. */
  written: number[]
  c: number[]
  /** tanh(c_t), which o scales into h_t. */
  tanhC: number[]
  h: number[]
}

const vec = (t: { data: Float64Array }) => Array.from(t.data)

/** Runs one LSTM step on the givens (c must be present, W (H + D) x 4H, b 4H). */
export function lstmModel(givens: StepInputs): LstmModel {
  const cPrev = givens.c ?? []
  const { input, h0, weights } = engineGivens(givens)
  const [step] = traceLSTM(input, { h0, c0: tensor([cPrev]) }, weights)
  const { i, f, g } = step.gates
  return {
    H: givens.h.length,
    D: givens.x.length,
    hPrev: step.hPrev,
    cPrev: step.cPrev,
    preact: step.preact,
    gates: step.gates,
    kept: vec(mul(tensor(f), tensor(cPrev))),
    written: vec(mul(tensor(i), tensor(g))),
    c: step.c,
    tanhC: vec(tanh(tensor(step.c))),
    h: step.h,
  }
}
