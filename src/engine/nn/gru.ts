/**
 * GRUCell (one step from composed ops, every gate a tensor) and the GRU module over a sequence (one
 * fused op, see gruFused.ts for PyTorch's equations and the gate order r, z, n).
 */
import { add, mul } from '../ops/elementwise.ts'
import { linear } from '../ops/matmul.ts'
import { narrow } from '../ops/shape.ts'
import { sigmoid, tanh } from '../ops/unary.ts'
import { assertFinite, zeros, type Tensor } from '../tensor.ts'
import { gru, type GRUResult, type GRUWeights } from './gruFused.ts'
import { expectShape, type SequenceInput } from './input.ts'
import type { Module } from './module.ts'
import { initialState, oneMinus, recurrentWeights, type RecurrentOptions } from './rnn.ts'

/** One GRU step: the new state and the reset gate r, update gate z and candidate n. */
export interface GRUStep {
  h: Tensor
  r: Tensor
  z: Tensor
  n: Tensor
}

/** One GRU step from composed ops, for x [N, I] and h [N, H]. */
export function gruCell(x: Tensor, h: Tensor, weights: GRUWeights): GRUStep {
  const H = weights.weightHh.shape[1]
  expectShape('gruCell', 'h', h, [x.shape[0], H])
  assertFinite('gruCell', 'x', x)
  const ax = linear(x, weights.weightIh, weights.biasIh)
  const ah = linear(h, weights.weightHh, weights.biasHh)
  const part = (t: Tensor, k: number) => narrow(t, 1, k * H, H)
  const r = sigmoid(add(part(ax, 0), part(ah, 0)))
  const z = sigmoid(add(part(ax, 1), part(ah, 1)))
  const n = tanh(add(part(ax, 2), mul(r, part(ah, 2))))
  return { h: add(mul(oneMinus(z), n), mul(z, h)), r, z, n }
}

/** Shared parameter fields of GRUCell and GRU. */
abstract class GRUBase implements Module {
  readonly weightIh: Tensor
  readonly weightHh: Tensor
  readonly biasIh: Tensor | null
  readonly biasHh: Tensor | null

  constructor(
    readonly inputSize: number,
    readonly hiddenSize: number,
    options: RecurrentOptions = {},
  ) {
    const w = recurrentWeights(inputSize, hiddenSize, 3, options)
    this.weightIh = w.weightIh
    this.weightHh = w.weightHh
    this.biasIh = w.biasIh
    this.biasHh = w.biasHh
  }

  /** weightIh, weightHh, biasIh, biasHh. */
  parameters(): Tensor[] {
    return [this.weightIh, this.weightHh, this.biasIh, this.biasHh].filter((p): p is Tensor => !!p)
  }
}

/** torch.nn.GRUCell: one step, r, z and n exposed. */
export class GRUCell extends GRUBase {
  /** x [N, I], h [N, H] (zeros when absent) -> the step with h, r, z and n. */
  forward(x: Tensor, h?: Tensor | null): GRUStep {
    return gruCell(x, h ?? zeros([x.shape[0], this.hiddenSize]), this)
  }
}

/** torch.nn.GRU (one layer, time-major): the whole sequence as one fused op with hand-written BPTT. */
export class GRU extends GRUBase {
  /** The learned initial state [1, H], when asked for. */
  readonly h0: Tensor | null

  constructor(inputSize: number, hiddenSize: number, options: RecurrentOptions = {}) {
    super(inputSize, hiddenSize, options)
    this.h0 = options.learnInitialState ? zeros([1, hiddenSize], { requiresGrad: true }) : null
  }

  /**
   * input [T, N, I] (or one-hot tokens), h0 [N, H] -> output [T, N, H], hN and the record;
   * `recurrentMask` [N, H] (from dropoutMask) is variational dropout on h_{t-1} into W_hh.
   */
  forward(input: SequenceInput, h0?: Tensor | null, recurrentMask?: Tensor | null): GRUResult {
    const batch = 'kind' in input ? input.batch : input.shape[1]
    return gru(input, initialState(this.h0, h0, batch, this.hiddenSize), this, recurrentMask)
  }

  /** The cell's parameters, then h0 if learned. */
  parameters(): Tensor[] {
    return [...super.parameters(), ...(this.h0 ? [this.h0] : [])]
  }
}
