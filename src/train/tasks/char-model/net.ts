/**
 * The network: one recurrent layer over one-hot characters and a Linear readout to one logit per
 * character of the vocabulary, applied at every step (PyTorch's char-RNN layout).
 */
import { Linear, oneHot, reshape, type Random, type Tensor } from '../../../engine/index.ts'
import type { CellKind } from '../../task.ts'
import { recurrentLayer, type Recurrent, type RecurrentState } from './recurrent.ts'

/** A character model over a fixed vocabulary. */
export class CharNet {
  readonly rnn: Recurrent
  readonly readout: Linear

  constructor(
    readonly vocabSize: number,
    cell: CellKind,
    hidden: number,
    rng: Random,
  ) {
    this.rnn = recurrentLayer(cell, vocabSize, hidden, rng)
    this.readout = new Linear(hidden, vocabSize, { rng })
  }

  /** The recurrent layer's parameters, then the readout's. */
  parameters(): Tensor[] {
    return [...this.rnn.parameters(), ...this.readout.parameters()]
  }

  /**
   * Logits [T·N, V] for tokens laid out time-major (position t·N + n), from `state` (zeros when
   * null), and the state after the last step.
   */
  forward(
    tokens: Int32Array,
    batch: number,
    state: RecurrentState | null = null,
  ): { logits: Tensor; state: RecurrentState } {
    const run = this.rnn.forward(oneHot(tokens, this.vocabSize, batch), state)
    const flat = reshape(run.output, [-1, this.rnn.hidden])
    return { logits: this.readout.forward(flat), state: run.state }
  }
}

/** Fraction of rows of `logits` [M, V] whose largest entry is at the row's target (top-1 accuracy). */
export function topOneAccuracy(logits: Tensor, targets: Int32Array): number {
  const [rows, classes] = logits.shape
  const d = logits.data
  let right = 0
  for (let r = 0; r < rows; r++) {
    let best = 0
    for (let c = 1; c < classes; c++) if (d[r * classes + c] > d[r * classes + best]) best = c
    if (best === targets[r]) right++
  }
  return right / rows
}
