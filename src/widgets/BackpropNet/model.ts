/**
 * The two-layer sigmoid network as data: the forward pass, the loss E = ½ Σ (y − ŷ)², every
 * gradient from the engine's autograd, the same gradients by the chain rule written out by hand
 * (engine ops on the forward values), one SGD step, and the loss after it. The views only typeset
 * these numbers, so the diagram, the grids and the formulas cannot disagree.
 */
import {
  errata,
  matmul,
  mseLoss,
  mul,
  SGD,
  sigmoid,
  sub,
  tensor,
  transpose,
  type Erratum,
  type Tensor,
} from '../../engine/index.ts'
import type { NetInputs } from './presets.ts'
import type { PhaseId } from './schema.ts'

/** Every value of one forward pass. */
export interface Forward {
  /** s₁ = x Θ₁, the hidden pre-activations. */
  s1: number[]
  /** h₁ = σ(s₁). */
  h1: number[]
  /** s₂ = h₁ Θ₂. */
  s2: number[]
  /** ŷ = σ(s₂). */
  yhat: number[]
  /** E = ½ Σ (y − ŷ)². */
  loss: number
}

/** The backward pass, quantity by quantity, in the order the chain rule meets them. */
export interface Backward {
  /** ∂E/∂ŷ = ŷ − y. */
  dYhat: number[]
  /** δ₂ = ∂E/∂s₂. */
  delta2: number[]
  /** ∂E/∂Θ₂ = h₁ᵀ δ₂, H × O. */
  gradW2: number[][]
  /** ∂E/∂h₁ = δ₂ Θ₂ᵀ. */
  dH1: number[]
  /** δ₁ = ∂E/∂s₁. */
  delta1: number[]
  /** ∂E/∂Θ₁ = xᵀ δ₁, D × H. */
  gradW1: number[][]
}

/** Everything the widget shows for one set of givens and one learning rate. */
export interface NetModel {
  givens: NetInputs
  lr: number
  forward: Forward
  /** The sigmoid slopes the chain rule multiplies by: σ′(s) = σ(s)(1 − σ(s)). */
  slope2: number[]
  slope1: number[]
  /** The engine's autograd (E.backward()): the numbers shown as results. */
  grads: Backward
  /** The same quantities by the hand chain rule, each step an engine op on forward values. */
  hand: Backward
  /** The largest |hand − autograd| over every quantity of the backward pass. */
  agreement: number
  /** ‖δ₁‖ / ‖δ₂‖: how much one sigmoid layer and Θ₂ scaled the error signal on its way back. */
  shrink: number
  /** Θ₁ and Θ₂ after one SGD step with learning rate lr. */
  W1: number[][]
  W2: number[][]
  /** The forward pass again, with the updated weights. */
  after: Forward
  /** E after the step minus E before it: negative when the step helped. */
  change: number
}

/** A model, or why it cannot be computed, in plain words. */
export type NetResult = { model: NetModel; error: null } | { model: null; error: string }

const row = (t: Tensor) => Array.from(t.data)
const rows = (t: Tensor) => t.toArray() as number[][]
// Autograd's gradient of a [1, n] tensor as a vector, and of a matrix as rows.
const gradRow = (t: Tensor) => Array.from(t.grad ?? new Float64Array(t.size))
const gradRows = (t: Tensor) => rows(tensor(gradRow(t), t.shape))

/** The forward pass as engine tensors, so autograd can run back through it. */
function forwardTensors(x: Tensor, W1: Tensor, W2: Tensor, y: Tensor) {
  const s1 = matmul(x, W1)
  const h1 = sigmoid(s1)
  const s2 = matmul(h1, W2)
  const yhat = sigmoid(s2)
  // F.mse_loss with reduction 'sum' is Σ (ŷ − y)²; the deck's ½ makes ∂E/∂ŷ = ŷ − y.
  const loss = mul(mseLoss(yhat, y, { reduction: 'sum' }), 0.5)
  return { s1, h1, s2, yhat, loss }
}

function values(f: ReturnType<typeof forwardTensors>): Forward {
  return { s1: row(f.s1), h1: row(f.h1), s2: row(f.s2), yhat: row(f.yhat), loss: f.loss.item() }
}

/** σ′ from the sigmoid's output h: h(1 − h). */
const slope = (h: Tensor) => mul(h, sub(1, h))

/** The chain rule by hand: each line one factor, from the output back to Θ₁. */
function handBackward(x: Tensor, W2: Tensor, y: Tensor, h1: Tensor, yhat: Tensor): Backward {
  const dYhat = sub(yhat, y)
  const delta2 = mul(dYhat, slope(yhat))
  const dH1 = matmul(delta2, transpose(W2))
  const delta1 = mul(dH1, slope(h1))
  return {
    dYhat: row(dYhat),
    delta2: row(delta2),
    gradW2: rows(matmul(transpose(h1), delta2)),
    dH1: row(dH1),
    delta1: row(delta1),
    gradW1: rows(matmul(transpose(x), delta1)),
  }
}

const flat = (b: Backward) => [
  ...b.dYhat,
  ...b.delta2,
  ...b.gradW2.flat(),
  ...b.dH1,
  ...b.delta1,
  ...b.gradW1.flat(),
]
const norm = (v: readonly number[]) => Math.hypot(...v)

/** Runs forward, backward (autograd and by hand), one SGD step and the forward pass after it. */
export function runNet(givens: NetInputs, lr: number): NetResult {
  try {
    const x = tensor([givens.x], undefined, { checkFinite: true })
    const y = tensor([givens.y], undefined, { checkFinite: true })
    const W1 = tensor(givens.W1, undefined, { requiresGrad: true, checkFinite: true })
    const W2 = tensor(givens.W2, undefined, { requiresGrad: true, checkFinite: true })
    const f = forwardTensors(x, W1, W2, y)
    f.loss.backward()
    const grads: Backward = {
      dYhat: gradRow(f.yhat),
      delta2: gradRow(f.s2),
      gradW2: gradRows(W2),
      dH1: gradRow(f.h1),
      delta1: gradRow(f.s1),
      gradW1: gradRows(W1),
    }
    const h1 = f.h1.detach()
    const yhat = f.yhat.detach()
    const hand = handBackward(x, W2.detach(), y, h1, yhat)
    const a = flat(grads)
    const agreement = Math.max(0, ...flat(hand).map((v, i) => Math.abs(v - a[i])))
    const slope2 = row(slope(yhat))
    const slope1 = row(slope(h1))

    new SGD([W1, W2], { lr }).step()
    const after = values(forwardTensors(x, W1.detach(), W2.detach(), y))
    return {
      error: null,
      model: {
        givens,
        lr,
        forward: values(f),
        slope2,
        slope1,
        grads,
        hand,
        agreement,
        shrink: norm(grads.delta1) / norm(grads.delta2),
        W1: rows(W1),
        W2: rows(W2),
        after,
        change: after.loss - f.loss.item(),
      },
    }
  } catch (e) {
    return { model: null, error: e instanceof Error ? e.message : String(e) }
  }
}

// Which of the engine's recorded slips of deck 004's example concerns each phase.
const ERRATUM_WHERE: Partial<Record<PhaseId, string>> = {
  layer1: 'DNN: Forward Propagation (Example), hidden units',
  layer2: 'DNN: Forward Propagation (Example), output and error',
  loss: 'DNN: Forward Propagation (Example), output and error',
  delta2: 'DNN: Forward Propagation (Example), output and error',
  gradW2: 'Backpropagation example, ∂E/∂Θ2',
  update: 'Backpropagation example, ∂E/∂Θ2',
}

/** The engine's record of the slide's slip at this phase of the deck example, if there is one. */
export function phaseErratum(phase: PhaseId): Erratum | undefined {
  const where = ERRATUM_WHERE[phase]
  if (!where) return undefined
  return errata.find((e) => e.deck.startsWith('004_') && e.where.startsWith(where))
}
