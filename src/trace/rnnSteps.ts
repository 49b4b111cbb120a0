/**
 * Per-step records of a vanilla RNN run, read from the engine's own forward (and, after a backward,
 * BPTT) record, so a stepper shows exactly the numbers the engine computed.
 */
import type { SequenceInput } from '../engine/nn/input.ts'
import {
  rnn,
  type RNNNonlinearity,
  type RNNResult,
  type RNNWeights,
} from '../engine/nn/rnnFused.ts'
import type { Tensor } from '../engine/tensor.ts'
import { checkExample, inputAt, recordSlice } from '../engine/nn/recordView.ts'

/** One time step t (1-based) of one example. */
export interface RNNStepRecord {
  t: number
  /** x_t, or the token of a one-hot input. */
  x: number[] | number
  hPrev: number[]
  /** a_t = x_t W_ihᵀ + b_ih + h_{t-1} W_hhᵀ + b_hh. */
  preact: number[]
  /** h_t = act(a_t). */
  h: number[]
  /** dL/dh_t through every path, once a backward pass has run; else null. */
  dh: number[] | null
}

/** The steps of an engine RNN result for one example of the batch. */
export function rnnSteps(run: RNNResult, input: SequenceInput, example = 0): RNNStepRecord[] {
  const { steps, batch, hidden: H, preact, h, dh } = run.record
  checkExample('rnnSteps', example, batch)
  return Array.from({ length: steps }, (_, t) => {
    const at = (t * batch + example) * H
    return {
      t: t + 1,
      x: inputAt(input, t, example),
      hPrev: recordSlice(h, at, H),
      preact: recordSlice(preact, at, H),
      h: recordSlice(h, at + batch * H, H),
      dh: dh ? recordSlice(dh, at, H) : null,
    }
  })
}

/** Runs the engine's RNN and returns its steps (example 0). */
export function traceRNN(
  input: SequenceInput,
  h0: Tensor | null,
  weights: RNNWeights,
  nonlinearity: RNNNonlinearity = 'tanh',
): RNNStepRecord[] {
  return rnnSteps(rnn(input, h0, weights, nonlinearity), input)
}
