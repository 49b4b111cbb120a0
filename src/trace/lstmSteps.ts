/**
 * Per-step records of an LSTM run (pre-activations, gates i, f, g, o, cell and hidden states), read
 * from the engine's own record so a stepper shows exactly what the engine computed.
 */
import type { SequenceInput } from '../engine/nn/input.ts'
import {
  lstm,
  type LSTMResult,
  type LSTMVariant,
  type LSTMWeights,
} from '../engine/nn/lstmFused.ts'
import type { Tensor } from '../engine/tensor.ts'
import { checkExample, inputAt, recordSlice } from '../engine/nn/recordView.ts'

/** The four gate vectors of one step, in PyTorch's order. */
export interface GateValues {
  i: number[]
  f: number[]
  g: number[]
  o: number[]
}

/** One time step t (1-based) of one example. */
export interface LSTMStepRecord {
  t: number
  x: number[] | number
  hPrev: number[]
  cPrev: number[]
  /** a_i, a_f, a_g, a_o (peephole terms included; a_i is all zeros for the coupled variant). */
  preact: GateValues
  /** i, f, g, o (i = 1 - f for the coupled variant). */
  gates: GateValues
  c: number[]
  h: number[]
  /** dL/dh_t and dL/dc_t through every path, once a backward pass has run; else null. */
  dh: number[] | null
  dc: number[] | null
}

function gatesAt(values: Float64Array, offset: number, H: number): GateValues {
  return {
    i: recordSlice(values, offset, H),
    f: recordSlice(values, offset + H, H),
    g: recordSlice(values, offset + 2 * H, H),
    o: recordSlice(values, offset + 3 * H, H),
  }
}

/** The steps of an engine LSTM result for one example of the batch. */
export function lstmSteps(run: LSTMResult, input: SequenceInput, example = 0): LSTMStepRecord[] {
  const { steps, batch, hidden: H, preact, gates, c, h, dh, dc } = run.record
  checkExample('lstmSteps', example, batch)
  return Array.from({ length: steps }, (_, t) => {
    const at = (t * batch + example) * H
    const gateAt = (t * batch + example) * 4 * H
    return {
      t: t + 1,
      x: inputAt(input, t, example),
      hPrev: recordSlice(h, at, H),
      cPrev: recordSlice(c, at, H),
      preact: gatesAt(preact, gateAt, H),
      gates: gatesAt(gates, gateAt, H),
      c: recordSlice(c, at + batch * H, H),
      h: recordSlice(h, at + batch * H, H),
      dh: dh ? recordSlice(dh, at, H) : null,
      dc: dc ? recordSlice(dc, at, H) : null,
    }
  })
}

/** Runs the engine's LSTM and returns its steps (example 0). */
export function traceLSTM(
  input: SequenceInput,
  state: { h0?: Tensor | null; c0?: Tensor | null } | null,
  weights: LSTMWeights,
  variant: LSTMVariant = 'standard',
): LSTMStepRecord[] {
  return lstmSteps(lstm(input, state, weights, variant), input)
}
