/**
 * One recurrent layer of any of the three cells behind a single interface: run a token sequence from
 * a state, get the outputs and the state after it (h, plus c for the LSTM). The model and the sampler
 * need nothing else, so they never branch on the cell.
 */
import {
  GRU,
  LSTM,
  RNN,
  type OneHotSequence,
  type Random,
  type Tensor,
} from '../../../engine/index.ts'
import type { CellKind } from '../../task.ts'

/** The recurrent state between two runs: h [N, H], and c [N, H] for an LSTM. */
export interface RecurrentState {
  h: Tensor
  c?: Tensor
}

/** A recurrent layer over one-hot token input. */
export interface Recurrent {
  readonly hidden: number
  parameters(): Tensor[]
  /** input [T, N] tokens, state (zeros when null) -> output [T, N, H] and the final state. */
  forward(
    input: OneHotSequence,
    state: RecurrentState | null,
  ): { output: Tensor; state: RecurrentState }
}

/** A layer of `cell` with `vocab` one-hot inputs and `hidden` units, weights drawn from `rng`. */
export function recurrentLayer(
  cell: CellKind,
  vocab: number,
  hidden: number,
  rng: Random,
): Recurrent {
  if (cell === 'lstm') {
    const layer = new LSTM(vocab, hidden, { rng })
    return {
      hidden,
      parameters: () => layer.parameters(),
      forward(input, state) {
        const r = layer.forward(input, state ? { h0: state.h, c0: state.c } : null)
        return { output: r.output, state: { h: r.hN, c: r.cN } }
      },
    }
  }
  const layer =
    cell === 'gru' ? new GRU(vocab, hidden, { rng }) : new RNN(vocab, hidden, 'tanh', { rng })
  return {
    hidden,
    parameters: () => layer.parameters(),
    forward(input, state) {
      const r = layer.forward(input, state?.h ?? null)
      return { output: r.output, state: { h: r.hN } }
    },
  }
}
