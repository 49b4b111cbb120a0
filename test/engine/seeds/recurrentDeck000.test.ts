/**
 * Deck 000 (ZHAW, RNNs): the worked tanh forward pass, the Keras SimpleRNN parameter count and the
 * masked mini-batch cross-entropy, each recomputed with the engine against arithmetic written out
 * here from the definitions.
 */
import { describe, expect, it } from 'vitest'
import * as E from '../../../src/engine/index.ts'
import { tensor, Tensor } from '../../../src/engine/tensor.ts'

describe('deck 000: a simple forward pass, h_t = tanh([h_{t-1}, x_t] · W + b)', () => {
  const h = tensor([[0, 1]])
  const x = tensor([[1, 0]])
  const W = tensor([
    [1.5, -2],
    [0, 1],
    [-1, 0.5],
    [2, 0],
  ])
  const b = tensor([0, 0])

  it('[h, x] = (0, 1, 1, 0) picks rows 2 and 3 of W: (0 + -1, 1 + 0.5) = (-1, 1.5)', () => {
    const pre = E.add(E.matmul(E.cat([h, x], 1), W), b)
    expect(Array.from(pre.data)).toEqual([0 + -1, 1 + 0.5])
  })
  it("h_t = (tanh(-1), tanh(1.5)) ≈ (-0.7616, 0.9051), the slide's rounded answer; its (-1, 1.8) is a slip", () => {
    const ht = E.rnnCellConcat(h, x, W, b)
    const e = Math.exp
    const tanhByHand = (v: number) => (e(v) - e(-v)) / (e(v) + e(-v))
    expect(ht.data[0]).toBeCloseTo(tanhByHand(-1), 14)
    expect(ht.data[1]).toBeCloseTo(tanhByHand(1.5), 14)
    expect(ht.data[0].toFixed(2)).toBe('-0.76')
    expect(ht.data[1].toFixed(2)).toBe('0.91')
    expect(tanhByHand(1.8).toFixed(2)).toBe('0.95')
    expect(E.errata.some((e) => e.deck.startsWith('000') && e.printed.includes('1.8'))).toBe(true)
  })
  it("equals PyTorch's form with W_hh = W[:2]ᵀ and W_ih = W[2:]ᵀ", () => {
    const torchForm = E.rnnCell(x, h, {
      weightIh: E.transpose(E.narrow(W, 0, 2, 2)),
      weightHh: E.transpose(E.narrow(W, 0, 0, 2)),
      biasIh: b,
    })
    expect(Array.from(torchForm.data)).toEqual(Array.from(E.rnnCellConcat(h, x, W, b).data))
  })
})

describe('deck 000: Keras SimpleRNN(6) on 3 inputs, then TimeDistributed(Dense(2))', () => {
  it("the deck's form has W [(6 + 3), 6] and one b [6]: 9·6 + 6 = 60, plus the dense 6·2 + 2 = 14: 74 (Keras's count)", () => {
    const W = E.zeros([6 + 3, 6])
    const b = E.zeros([6])
    const dense = new E.Linear(6, 2)
    expect(W.size + b.size).toBe(60)
    expect(E.parameterCount(dense)).toBe(14)
    expect(W.size + b.size + E.parameterCount(dense)).toBe(74)
    // and the step runs with those shapes: [N, 6] state, [N, 3] input
    expect(E.rnnCellConcat(E.zeros([5, 6]), E.zeros([5, 3]), W, b).shape).toEqual([5, 6])
  })
  it("PyTorch's nn.RNN keeps two bias vectors (b_ih and b_hh), so the same layer counts 3·6 + 6·6 + 6 + 6 = 66", () => {
    const rnn = new E.RNN(3, 6)
    expect(E.parameterCount(rnn)).toBe(3 * 6 + 6 * 6 + 6 + 6)
    expect(E.parameterCount(rnn) + E.parameterCount(new E.Linear(6, 2))).toBe(80)
  })
})

describe('deck 000: loss of a mini-batch of M = 8 sequences of length 3 with a padded target', () => {
  // Targets as class indices (one-hot (1,0) is class 0, (0,1) class 1); -1 marks the padded position.
  // Rows 1, 2, 3 and 8 are the deck's; rows 4 to 7 are elided there and drawn from a seed here.
  const rng = new E.Random(8)
  const targets: number[][] = [
    [0, 0, 1],
    [1, 0, 1],
    [1, 1, -1],
    ...Array.from({ length: 4 }, () => [rng.int(2), rng.int(2), rng.int(2)]),
    [0, 0, 0],
  ]
  // logits [M = 8, K = 2, S = 3]: PyTorch's [N, C, d] layout for per-position classes
  const logits = new Tensor(
    Array.from({ length: 8 * 2 * 3 }, () => rng.normal(0, 1.5)),
    [8, 2, 3],
  )
  const logit = (m: number, k: number, s: number) => logits.data[(m * 2 + k) * 3 + s]

  /** Loss_m = Σ_s -Σ_k y_msk log p_msk with p = softmax over k, padded positions skipped: by hand. */
  const lossOf = (m: number) => {
    let total = 0
    for (let s = 0; s < 3; s++) {
      const y = targets[m][s]
      if (y === -1) continue
      const p = Math.exp(logit(m, y, s)) / (Math.exp(logit(m, 0, s)) + Math.exp(logit(m, 1, s)))
      total += -Math.log(p)
    }
    return total
  }

  it("Loss = (1/8) Σ_m Loss_m, the deck's average over instances, is the engine's sum divided by M", () => {
    const byHand = Array.from({ length: 8 }, (_, m) => lossOf(m)).reduce((a, b) => a + b, 0) / 8
    const summed = E.crossEntropy(logits, targets.flat(), { ignoreIndex: -1, reduction: 'sum' })
    expect(summed.item() / 8).toBeCloseTo(byHand, 13)
  })
  it('PyTorch\'s reduction "mean" averages over the 23 real positions instead of the 8 sequences', () => {
    const byHand = Array.from({ length: 8 }, (_, m) => lossOf(m)).reduce((a, b) => a + b, 0) / 23
    expect(E.crossEntropy(logits, targets.flat(), { ignoreIndex: -1 }).item()).toBeCloseTo(
      byHand,
      13,
    )
  })
  it('the padded position gets no gradient', () => {
    const l = logits.detach()
    l.requiresGrad = true
    E.crossEntropy(l, targets.flat(), { ignoreIndex: -1 }).backward()
    // instance 3 (m = 2), position 3 (s = 2): both classes
    expect(l.grad![(2 * 2 + 0) * 3 + 2]).toBe(0)
    expect(l.grad![(2 * 2 + 1) * 3 + 2]).toBe(0)
    expect(l.grad![(2 * 2 + 0) * 3 + 1]).not.toBe(0)
  })
})
