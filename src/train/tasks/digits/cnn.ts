/**
 * The digits network, a small LeNet-style stack in NCHW:
 *   [N, 1, 28, 28] → conv 5×5 (hidden filters) → ReLU → max-pool 2 → [N, hidden, 12, 12]
 *                  → conv 5×5 (12 filters)     → ReLU → max-pool 2 → [N, 12, 4, 4]
 *                  → flatten → Linear(192, 10) → logits.
 * Weights start as PyTorch's nn.Conv2d and nn.Linear do: U(−1/√fanIn, 1/√fanIn).
 */
import {
  conv2d,
  Linear,
  maxPool2d,
  relu,
  reshape,
  Tensor,
  uniformParameter,
  type Random,
} from '../../../engine/index.ts'
import { digitInk, type DigitSet } from './data.ts'
import { CONV2_FILTERS, KERNEL, SIDE } from './meta.ts'

/** Every intermediate of one forward pass, named as the lesson names the stages. */
export interface CnnForward {
  conv1: Tensor
  pool1: Tensor
  conv2: Tensor
  pool2: Tensor
  logits: Tensor
}

/** Side of the maps after conv (valid padding) and a 2 × 2 pool: 28 → 24 → 12 → 8 → 4. */
const POOLED = ((SIDE - KERNEL + 1) / 2 - KERNEL + 1) / 2

/** The network's weights and its forward pass. */
export class DigitCnn {
  readonly conv1Weight: Tensor
  readonly conv1Bias: Tensor
  readonly conv2Weight: Tensor
  readonly conv2Bias: Tensor
  readonly fc: Linear

  /** `filters` is the number of first-layer filters (the task's hyper.hidden). */
  constructor(
    readonly filters: number,
    rng: Random,
  ) {
    const b1 = 1 / Math.sqrt(KERNEL * KERNEL)
    this.conv1Weight = uniformParameter([filters, 1, KERNEL, KERNEL], b1, rng)
    this.conv1Bias = uniformParameter([filters], b1, rng)
    const b2 = 1 / Math.sqrt(filters * KERNEL * KERNEL)
    this.conv2Weight = uniformParameter([CONV2_FILTERS, filters, KERNEL, KERNEL], b2, rng)
    this.conv2Bias = uniformParameter([CONV2_FILTERS], b2, rng)
    this.fc = new Linear(CONV2_FILTERS * POOLED * POOLED, 10, { rng })
  }

  /** Conv weights and biases, then the dense layer's, in that fixed order. */
  parameters(): Tensor[] {
    return [
      this.conv1Weight,
      this.conv1Bias,
      this.conv2Weight,
      this.conv2Bias,
      ...this.fc.parameters(),
    ]
  }

  /** x [N, 1, 28, 28] → every stage and the logits [N, 10]. */
  forward(x: Tensor): CnnForward {
    const conv1 = relu(conv2d(x, this.conv1Weight, this.conv1Bias))
    const pool1 = maxPool2d(conv1, 2)
    const conv2 = relu(conv2d(pool1, this.conv2Weight, this.conv2Bias))
    const pool2 = maxPool2d(conv2, 2)
    const logits = this.fc.forward(reshape(pool2, [x.shape[0], -1]))
    return { conv1, pool1, conv2, pool2, logits }
  }
}

/** Images `indices` of a set as one input batch [N, 1, side, side] of ink in [0, 1]. */
export function digitBatch(set: DigitSet, indices: readonly number[]): Tensor {
  const area = set.side * set.side
  const data = new Float64Array(indices.length * area)
  indices.forEach((index, n) => data.set(digitInk(set, index), n * area))
  return new Tensor(data, [indices.length, 1, set.side, set.side])
}

/** The index of the largest logit of each row of [N, C]. */
export function argmaxRows(logits: Tensor): number[] {
  const [n, c] = logits.shape
  return Array.from({ length: n }, (_, i) => {
    let best = 0
    for (let j = 1; j < c; j++) if (logits.data[i * c + j] > logits.data[i * c + best]) best = j
    return best
  })
}
