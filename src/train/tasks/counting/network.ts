/**
 * The counting network: one recurrent layer (LSTM, GRU or tanh RNN) over one-hot symbols, and a
 * linear readout to next-symbol logits. Besides the logits it hands back the state a counter would
 * live in: the LSTM's cell state c, or the hidden state h of a GRU or RNN, which have no other.
 */
import {
  GRU,
  Linear,
  LSTM,
  oneHot,
  RNN,
  reshape,
  type Random,
  type Tensor,
} from '../../../engine/index.ts'
import type { CellKind } from '../../task.ts'

/** Logits for every step and the memory state after every step. */
export interface CountingRun {
  /** Next-symbol logits, [T·N, V] (row t·N + b is string b after reading step t). */
  logits: Tensor
  /** The state after each step, [T, N, H] flat: c for an LSTM, h otherwise. */
  memory: Float64Array
}

/** A recurrent layer of the chosen cell plus a linear readout. */
export class CountingNet {
  private readonly rnn: LSTM | GRU | RNN
  private readonly readout: Linear

  constructor(
    readonly cell: CellKind,
    readonly vocab: number,
    readonly hidden: number,
    rng: Random,
  ) {
    this.rnn =
      cell === 'lstm'
        ? new LSTM(vocab, hidden, { rng })
        : cell === 'gru'
          ? new GRU(vocab, hidden, { rng })
          : new RNN(vocab, hidden, 'tanh', { rng })
    this.readout = new Linear(hidden, vocab, { rng })
  }

  /** Every trainable tensor: the recurrent layer's, then the readout's. */
  parameters(): Tensor[] {
    return [...this.rnn.parameters(), ...this.readout.parameters()]
  }

  /** Runs flat time-major tokens [T, N] and returns the logits and the memory state per step. */
  forward(tokens: readonly number[], batch: number): CountingRun {
    const input = oneHot(tokens, this.vocab, batch)
    const { output, record } = this.rnn.forward(input)
    const logits = this.readout.forward(reshape(output, [-1, this.hidden]))
    const states = 'c' in record ? record.c : record.h
    // The record holds the states before the first step too; the views want one per step read.
    const memory = states.slice(batch * this.hidden)
    return { logits, memory }
  }
}
