/**
 * LSTMCell (one step from composed ops, every gate a tensor) and the LSTM module over a sequence
 * (one fused op, see lstmFused.ts for the equations, gate order i, f, g, o and the variants).
 */
import { add, mul } from '../ops/elementwise.ts'
import { linear } from '../ops/matmul.ts'
import { narrow } from '../ops/shape.ts'
import { sigmoid, tanh } from '../ops/unary.ts'
import { assertFinite, zeros, type Tensor } from '../tensor.ts'
import { expectShape, type SequenceInput } from './input.ts'
import {
  lstm,
  lstmGateCount,
  type LSTMResult,
  type LSTMVariant,
  type LSTMWeights,
} from './lstmFused.ts'
import { defaultRng, uniformParameter, type Module } from './module.ts'
import { initialState, oneMinus, recurrentWeights, type RecurrentOptions } from './rnn.ts'

/** One LSTM step: the new state and every gate, as tensors an autograd graph runs through. */
export interface LSTMStep {
  h: Tensor
  c: Tensor
  i: Tensor
  f: Tensor
  g: Tensor
  o: Tensor
  /** Pre-activations a_i, a_f, a_g, a_o (peephole terms included; a_i is absent when coupled). */
  preact: { i: Tensor | null; f: Tensor; g: Tensor; o: Tensor }
}

/** One LSTM step from composed ops, for x [N, I] and state (h, c) [N, H]. */
export function lstmCell(
  x: Tensor,
  state: { h: Tensor; c: Tensor },
  weights: LSTMWeights,
  variant: LSTMVariant = 'standard',
): LSTMStep {
  const { h, c } = state
  const H = weights.weightHh.shape[1]
  expectShape('lstmCell', 'h', h, [x.shape[0], H])
  expectShape('lstmCell', 'c', c, [x.shape[0], H])
  assertFinite('lstmCell', 'x', x)
  const a = add(
    linear(x, weights.weightIh, weights.biasIh),
    linear(h, weights.weightHh, weights.biasHh),
  )
  const block = (k: number) => narrow(a, 1, k * H, H)
  const peep = (pre: Tensor, w: Tensor | null | undefined, cell: Tensor) =>
    variant === 'peephole' && w ? add(pre, mul(cell, w)) : pre
  const coupled = variant === 'coupled'
  const af = peep(block(coupled ? 0 : 1), weights.weightCf, c)
  const f = sigmoid(af)
  const ai = coupled ? null : peep(block(0), weights.weightCi, c)
  const i = ai ? sigmoid(ai) : oneMinus(f)
  const ag = block(coupled ? 1 : 2)
  const g = tanh(ag)
  const cNew = add(mul(f, c), mul(i, g))
  const ao = peep(block(coupled ? 2 : 3), weights.weightCo, cNew)
  const o = sigmoid(ao)
  return { h: mul(o, tanh(cNew)), c: cNew, i, f, g, o, preact: { i: ai, f: af, g: ag, o: ao } }
}

/** Options of the LSTM layers: the variant, plus the shared recurrent options. */
export interface LSTMOptions extends RecurrentOptions {
  variant?: LSTMVariant
}

/** Weights for a variant, plus peephole vectors from U(-1/sqrt(H), 1/sqrt(H)) when it has them. */
function lstmWeights(inputSize: number, hiddenSize: number, options: LSTMOptions) {
  const variant = options.variant ?? 'standard'
  const w = recurrentWeights(inputSize, hiddenSize, lstmGateCount(variant), options)
  const rng = defaultRng(options.rng)
  const k = 1 / Math.sqrt(hiddenSize)
  const peep = () => (variant === 'peephole' ? uniformParameter([hiddenSize], k, rng) : null)
  return { ...w, weightCi: peep(), weightCf: peep(), weightCo: peep(), variant }
}

/** Shared parameter fields of LSTMCell and LSTM. */
abstract class LSTMBase implements Module {
  readonly weightIh: Tensor
  readonly weightHh: Tensor
  readonly biasIh: Tensor | null
  readonly biasHh: Tensor | null
  readonly weightCi: Tensor | null
  readonly weightCf: Tensor | null
  readonly weightCo: Tensor | null
  readonly variant: LSTMVariant

  constructor(
    readonly inputSize: number,
    readonly hiddenSize: number,
    options: LSTMOptions = {},
  ) {
    const w = lstmWeights(inputSize, hiddenSize, options)
    this.weightIh = w.weightIh
    this.weightHh = w.weightHh
    this.biasIh = w.biasIh
    this.biasHh = w.biasHh
    this.weightCi = w.weightCi
    this.weightCf = w.weightCf
    this.weightCo = w.weightCo
    this.variant = w.variant
  }

  /** weightIh, weightHh, biasIh, biasHh, then peephole weights when present. */
  parameters(): Tensor[] {
    const all = [
      this.weightIh,
      this.weightHh,
      this.biasIh,
      this.biasHh,
      this.weightCi,
      this.weightCf,
      this.weightCo,
    ]
    return all.filter((p): p is Tensor => !!p)
  }
}

/** torch.nn.LSTMCell (plus peephole and coupled variants): one step, every gate exposed. */
export class LSTMCell extends LSTMBase {
  /** x [N, I], state (h, c) [N, H] each (zeros when absent) -> the step with h, c and all gates. */
  forward(x: Tensor, state?: { h: Tensor; c: Tensor } | null): LSTMStep {
    const zero = () => zeros([x.shape[0], this.hiddenSize])
    return lstmCell(x, state ?? { h: zero(), c: zero() }, this, this.variant)
  }
}

/** torch.nn.LSTM (one layer, time-major): the whole sequence as one fused op with hand-written BPTT. */
export class LSTM extends LSTMBase {
  /** Learned initial states [1, H], when asked for. */
  readonly h0: Tensor | null
  readonly c0: Tensor | null

  constructor(inputSize: number, hiddenSize: number, options: LSTMOptions = {}) {
    super(inputSize, hiddenSize, options)
    this.h0 = options.learnInitialState ? zeros([1, hiddenSize], { requiresGrad: true }) : null
    this.c0 = options.learnInitialState ? zeros([1, hiddenSize], { requiresGrad: true }) : null
  }

  /**
   * input [T, N, I] (or one-hot tokens), optional (h0, c0) [N, H] -> output, hN, cN and the record;
   * `recurrentMask` [N, H] (from dropoutMask) is variational dropout on h_{t-1} into W_hh.
   */
  forward(
    input: SequenceInput,
    state?: { h0?: Tensor | null; c0?: Tensor | null } | null,
    recurrentMask?: Tensor | null,
  ): LSTMResult {
    const batch = 'kind' in input ? input.batch : input.shape[1]
    const h0 = initialState(this.h0, state?.h0, batch, this.hiddenSize)
    const c0 = initialState(this.c0, state?.c0, batch, this.hiddenSize)
    return lstm(input, { h0, c0 }, this, this.variant, recurrentMask)
  }

  /** The cell's parameters, then h0 and c0 if learned. */
  parameters(): Tensor[] {
    return [...super.parameters(), ...[this.h0, this.c0].filter((p): p is Tensor => !!p)]
  }
}
