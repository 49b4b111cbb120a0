/**
 * The vanilla RNN, three ways: the deck's concatenated form tanh([h, x]·W + b), PyTorch's RNNCell
 * (one step from composed ops, every intermediate a tensor) and the RNN module over a sequence (one
 * fused op). The first two are equal when W stacks W_hhᵀ above W_ihᵀ; the tests show it.
 */
import { add, sub } from '../ops/elementwise.ts'
import { linear, matmul } from '../ops/matmul.ts'
import { cat } from '../ops/shape.ts'
import { relu, sigmoid, tanh } from '../ops/unary.ts'
import type { Random } from '../random.ts'
import { assertFinite, showShape, zeros, type Tensor } from '../tensor.ts'
import { expectShape, type SequenceInput } from './input.ts'
import { defaultRng, uniformParameter, type Module } from './module.ts'
import { rnn, type RNNNonlinearity, type RNNResult, type RNNWeights } from './rnnFused.ts'

const activate: Record<RNNNonlinearity, (x: Tensor) => Tensor> = { tanh, relu, sigmoid }

/** One step in the deck's form: h_t = tanh([h_{t-1}, x_t] · W + b) with W [(H + I), H], b [H]. */
export function rnnCellConcat(h: Tensor, x: Tensor, weight: Tensor, bias: Tensor): Tensor {
  if (h.ndim !== 2 || x.ndim !== 2 || h.shape[0] !== x.shape[0]) {
    throw new RangeError(
      `rnnCellConcat: h is ${showShape(h.shape)} and x is ${showShape(x.shape)}: both must be [N, ·] with the same N`,
    )
  }
  const rows = h.shape[1] + x.shape[1]
  expectShape('rnnCellConcat', 'weight', weight, [rows, h.shape[1]])
  expectShape('rnnCellConcat', 'bias', bias, [h.shape[1]])
  return tanh(add(matmul(cat([h, x], 1), weight), bias))
}

/** One step of PyTorch's RNNCell equation from composed ops: act(x W_ihᵀ + b_ih + h W_hhᵀ + b_hh). */
export function rnnCell(
  x: Tensor,
  h: Tensor,
  weights: RNNWeights,
  nonlinearity: RNNNonlinearity = 'tanh',
): Tensor {
  assertFinite('rnnCell', 'x', x)
  assertFinite('rnnCell', 'h', h)
  const a = add(
    linear(x, weights.weightIh, weights.biasIh),
    linear(h, weights.weightHh, weights.biasHh),
  )
  return activate[nonlinearity](a)
}

/** Options of the recurrent layers; `learnInitialState` makes h0 (and c0) trainable parameters. */
export interface RecurrentOptions {
  bias?: boolean
  rng?: Random
  learnInitialState?: boolean
}

/** Weights of a recurrent layer with `gates` blocks, from U(-1/sqrt(H), 1/sqrt(H)) as in PyTorch. */
export function recurrentWeights(
  inputSize: number,
  hiddenSize: number,
  gates: number,
  options: RecurrentOptions,
) {
  if (!(
    Number.isInteger(inputSize) &&
    inputSize > 0 &&
    Number.isInteger(hiddenSize) &&
    hiddenSize > 0
  )) {
    throw new RangeError(
      `recurrent layer: inputSize (${inputSize}) and hiddenSize (${hiddenSize}) must be positive integers`,
    )
  }
  const rng = defaultRng(options.rng)
  const k = 1 / Math.sqrt(hiddenSize)
  const weightIh = uniformParameter([gates * hiddenSize, inputSize], k, rng)
  const weightHh = uniformParameter([gates * hiddenSize, hiddenSize], k, rng)
  const bias = options.bias !== false
  return {
    weightIh,
    weightHh,
    biasIh: bias ? uniformParameter([gates * hiddenSize], k, rng) : null,
    biasHh: bias ? uniformParameter([gates * hiddenSize], k, rng) : null,
  }
}

/** A learned initial state [1, H] broadcast to the batch, or a given one, or zeros. */
export function initialState(
  learned: Tensor | null,
  given: Tensor | null | undefined,
  batch: number,
  hidden: number,
): Tensor | null {
  if (given) return given
  if (learned) return add(zeros([batch, hidden]), learned)
  return null
}

/** torch.nn.RNNCell: one step at a time, from composed ops so every intermediate can be inspected. */
export class RNNCell implements Module {
  readonly weightIh: Tensor
  readonly weightHh: Tensor
  readonly biasIh: Tensor | null
  readonly biasHh: Tensor | null

  constructor(
    readonly inputSize: number,
    readonly hiddenSize: number,
    readonly nonlinearity: RNNNonlinearity = 'tanh',
    options: RecurrentOptions = {},
  ) {
    const w = recurrentWeights(inputSize, hiddenSize, 1, options)
    this.weightIh = w.weightIh
    this.weightHh = w.weightHh
    this.biasIh = w.biasIh
    this.biasHh = w.biasHh
  }

  /** x [N, I], h [N, H] (zeros when absent) -> h' [N, H]. */
  forward(x: Tensor, h?: Tensor | null): Tensor {
    return rnnCell(x, h ?? zeros([x.shape[0], this.hiddenSize]), this, this.nonlinearity)
  }

  /** weightIh, weightHh, biasIh, biasHh. */
  parameters(): Tensor[] {
    return [this.weightIh, this.weightHh, this.biasIh, this.biasHh].filter((p): p is Tensor => !!p)
  }
}

/** torch.nn.RNN (one layer, time-major): the whole sequence as one fused op with hand-written BPTT. */
export class RNN implements Module {
  readonly weightIh: Tensor
  readonly weightHh: Tensor
  readonly biasIh: Tensor | null
  readonly biasHh: Tensor | null
  /** The learned initial state [1, H], when asked for. */
  readonly h0: Tensor | null

  constructor(
    readonly inputSize: number,
    readonly hiddenSize: number,
    readonly nonlinearity: RNNNonlinearity = 'tanh',
    options: RecurrentOptions = {},
  ) {
    const w = recurrentWeights(inputSize, hiddenSize, 1, options)
    this.weightIh = w.weightIh
    this.weightHh = w.weightHh
    this.biasIh = w.biasIh
    this.biasHh = w.biasHh
    this.h0 = options.learnInitialState ? zeros([1, hiddenSize], { requiresGrad: true }) : null
  }

  /**
   * input [T, N, I] (or one-hot tokens), h0 [N, H] -> output [T, N, H], hN and the step record;
   * `recurrentMask` [N, H] (from dropoutMask) is variational dropout on h_{t-1} into W_hh.
   */
  forward(input: SequenceInput, h0?: Tensor | null, recurrentMask?: Tensor | null): RNNResult {
    const batch = 'kind' in input ? input.batch : input.shape[1]
    const start = initialState(this.h0, h0, batch, this.hiddenSize)
    return rnn(input, start, this, this.nonlinearity, recurrentMask)
  }

  /** weightIh, weightHh, biasIh, biasHh, then h0 if learned. */
  parameters(): Tensor[] {
    return [this.weightIh, this.weightHh, this.biasIh, this.biasHh, this.h0].filter(
      (p): p is Tensor => !!p,
    )
  }
}

/** 1 - x, used by the cells' coupled and update gates. */
export function oneMinus(x: Tensor): Tensor {
  return sub(1, x)
}
