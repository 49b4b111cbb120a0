/**
 * Per-step records of a GRU run (input and hidden parts of each gate, gates r, z, n and the state),
 * read from the engine's own record so a stepper shows exactly what the engine computed.
 */
import { gru, type GRUResult, type GRUWeights } from '../engine/nn/gruFused.ts'
import type { SequenceInput } from '../engine/nn/input.ts'
import type { Tensor } from '../engine/tensor.ts'
import { checkExample, inputAt, recordSlice } from '../engine/nn/recordView.ts'

/** Reset, update and candidate vectors of one step, in PyTorch's order. */
export interface GRUGateValues {
  r: number[]
  z: number[]
  n: number[]
}

/** One time step t (1-based) of one example. */
export interface GRUStepRecord {
  t: number
  x: number[] | number
  hPrev: number[]
  /** x W_ihᵀ + b_ih, per gate. */
  inputPart: GRUGateValues
  /** h W_hhᵀ + b_hh, per gate (the reset gate multiplies the n part of this). */
  hiddenPart: GRUGateValues
  gates: GRUGateValues
  h: number[]
  /** dL/dh_t through every path, once a backward pass has run; else null. */
  dh: number[] | null
}

function partsAt(values: Float64Array, offset: number, H: number): GRUGateValues {
  return {
    r: recordSlice(values, offset, H),
    z: recordSlice(values, offset + H, H),
    n: recordSlice(values, offset + 2 * H, H),
  }
}

/** The steps of an engine GRU result for one example of the batch. */
export function gruSteps(run: GRUResult, input: SequenceInput, example = 0): GRUStepRecord[] {
  const { steps, batch, hidden: H, inputPart, hiddenPart, gates, h, dh } = run.record
  checkExample('gruSteps', example, batch)
  return Array.from({ length: steps }, (_, t) => {
    const at = (t * batch + example) * H
    const gateAt = (t * batch + example) * 3 * H
    return {
      t: t + 1,
      x: inputAt(input, t, example),
      hPrev: recordSlice(h, at, H),
      inputPart: partsAt(inputPart, gateAt, H),
      hiddenPart: partsAt(hiddenPart, gateAt, H),
      gates: partsAt(gates, gateAt, H),
      h: recordSlice(h, at + batch * H, H),
      dh: dh ? recordSlice(dh, at, H) : null,
    }
  })
}

/** Runs the engine's GRU and returns its steps (example 0). */
export function traceGRU(
  input: SequenceInput,
  h0: Tensor | null,
  weights: GRUWeights,
): GRUStepRecord[] {
  return gruSteps(gru(input, h0, weights), input)
}
