/**
 * A recurrent layer (vanilla tanh RNN, LSTM or GRU) read out by a Linear layer: the lecture's
 * SimpleRNN + TimeDistributed(Dense) in PyTorch's terms. The ice-cream store reads out every day;
 * the long-memory task reads out only the last step.
 */
import {
  GRU,
  Linear,
  LSTM,
  narrow,
  reshape,
  RNN,
  type OneHotSequence,
  type Random,
  type Tensor,
} from '../../../engine/index.ts'
import type { CellKind } from '../../task.ts'

/** Token sequences in, class logits out, through one recurrent layer and a shared Linear readout. */
export class SequenceClassifier {
  readonly recurrent: RNN | LSTM | GRU
  readonly readout: Linear

  constructor(
    readonly cell: CellKind,
    vocab: number,
    readonly hidden: number,
    classes: number,
    rng: Random,
  ) {
    this.recurrent =
      cell === 'lstm'
        ? new LSTM(vocab, hidden, { rng })
        : cell === 'gru'
          ? new GRU(vocab, hidden, { rng })
          : new RNN(vocab, hidden, 'tanh', { rng })
    this.readout = new Linear(hidden, classes, { rng })
  }

  /** The recurrent weights, then the readout's. */
  parameters(): Tensor[] {
    return [...this.recurrent.parameters(), ...this.readout.parameters()]
  }

  /** Logits of every step, [T * N, C] in time-major order (row t * N + n). */
  everyStep(input: OneHotSequence): Tensor {
    const { output } = this.recurrent.forward(input)
    return this.readout.forward(reshape(output, [-1, this.hidden]))
  }

  /** Logits of the last step only, [N, C]: a many-to-one readout. */
  lastStep(input: OneHotSequence): Tensor {
    const { output } = this.recurrent.forward(input)
    const last = narrow(output, 0, input.steps - 1, 1)
    return this.readout.forward(reshape(last, [input.batch, this.hidden]))
  }
}

/** Fraction of rows of `logits` [M, C] whose largest entry is at the target class. */
export function accuracy(logits: Tensor, targets: ArrayLike<number>): number {
  const [rows, classes] = logits.shape
  let right = 0
  for (let r = 0; r < rows; r++) {
    let best = 0
    for (let c = 1; c < classes; c++)
      if (logits.data[r * classes + c] > logits.data[r * classes + best]) best = c
    if (best === targets[r]) right++
  }
  return rows ? right / rows : 0
}
