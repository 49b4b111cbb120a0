/**
 * The BPTT viewer's numbers, all from the engine: a small seeded vanilla RNN unrolled over T steps
 * with a softmax cross-entropy loss at every step (or the last), one backward pass for full BPTT
 * (autograd's dL/dW_hh, dL/dh_t and dL/dh_0), each step's share δ_t h_{t-1}ᵀ of the W_hh gradient,
 * and the truncated gradient where every loss sends its gradient back at most k steps.
 */
import {
  crossEntropy,
  linear,
  Random,
  reshape,
  rnn,
  rnnWeightHhContributions,
  tensor,
  type Tensor,
} from '../../engine/index.ts'

/** Input features per step and classes per prediction: small enough to read, big enough to learn. */
export const INPUTS = 2
export const CLASSES = 2

/** Where the loss is taken. */
export type LossAt = 'every' | 'last'

/** What the viewer is asked to show. */
export interface BpttConfig {
  steps: number
  hidden: number
  seed: number
  k: number
  lossAt: LossAt
}

/** The seeded network and data. */
export interface BpttSetup {
  weightIh: Tensor
  weightHh: Tensor
  weightHy: Tensor
  /** The learned initial state, a parameter [1, H] (its starting guess is seeded). */
  h0: Tensor
  xs: number[][]
  targets: number[]
  /** Steps (1-based) that carry a loss. */
  lossSteps: number[]
}

/** A gradient split over the steps, with what BPTT left in h_0. */
export interface GradientSplit {
  /** G_t, the share of step t (index t - 1) in dL/dW_hh, [H][H]. */
  contributions: number[][][]
  /** Σ_t G_t. */
  total: number[][]
  /** dL/dh_t along the paths used, t = 1..T. */
  dh: number[][]
  h0Grad: number[]
}

/** Everything the viewer draws. */
export interface BpttRun extends GradientSplit {
  config: BpttConfig
  weightHh: number[][]
  /** h_0 .. h_T. */
  h: number[][]
  /** L_t per step (null where no loss is taken), and their sum L. */
  losses: (number | null)[]
  loss: number
  /** Autograd's dL/dW_hh from the same backward pass, to compare with Σ_t G_t. */
  autograd: number[][]
  truncated: GradientSplit
}

const rows = (data: ArrayLike<number>, n: number): number[][] =>
  Array.from({ length: data.length / n }, (_, i) => Array.from(data).slice(i * n, (i + 1) * n))

function randn(rng: Random, shape: number[], std: number): Tensor {
  const n = shape.reduce((a, b) => a * b, 1)
  const values = Array.from({ length: n }, () => rng.normal(0, std))
  return tensor(values, shape, { requiresGrad: true })
}

/** The seeded weights (std 1/√fan-in, W_hh a little stronger so gradients travel), data and h_0. */
export function bpttSetup({ steps, hidden, seed, lossAt }: BpttConfig): BpttSetup {
  const rng = new Random(seed)
  const weightIh = randn(rng, [hidden, INPUTS], 1 / Math.sqrt(INPUTS))
  const weightHh = randn(rng, [hidden, hidden], 1.2 / Math.sqrt(hidden))
  const weightHy = randn(rng, [CLASSES, hidden], 1 / Math.sqrt(hidden))
  const h0 = tensor(
    Array.from({ length: hidden }, () => rng.uniform(-0.5, 0.5)),
    [1, hidden],
    { requiresGrad: true },
  )
  const xs = Array.from({ length: steps }, () =>
    Array.from({ length: INPUTS }, () => rng.normal(0, 1)),
  )
  const targets = Array.from({ length: steps }, () => rng.int(CLASSES))
  const lossSteps = lossAt === 'last' ? [steps] : Array.from({ length: steps }, (_, t) => t + 1)
  return { weightIh, weightHh, weightHy, h0, xs, targets, lossSteps }
}

/** Runs the RNN over xs[from..to) from `start` and sums cross-entropy at the given 1-based steps. */
export function windowLoss(
  setup: BpttSetup,
  from: number,
  to: number,
  start: Tensor,
  at: number[],
) {
  const T = to - from
  const H = setup.weightHh.shape[0]
  const x = tensor(setup.xs.slice(from, to).flat(), [T, 1, INPUTS])
  const run = rnn(x, start, { weightIh: setup.weightIh, weightHh: setup.weightHh })
  const logits = linear(reshape(run.output, [T, H]), setup.weightHy)
  // Steps without a loss are ignored, the way padded targets are (ignoreIndex -1).
  const targets = Array.from({ length: T }, (_, i) =>
    at.includes(from + i + 1) ? setup.targets[from + i] : -1,
  )
  const perStep = crossEntropy(logits, targets, { ignoreIndex: -1, reduction: 'none' })
  const loss = crossEntropy(logits, targets, { ignoreIndex: -1, reduction: 'sum' })
  return { run, loss, perStep }
}

function clearGrads(setup: BpttSetup) {
  for (const p of [setup.weightIh, setup.weightHh, setup.weightHy, setup.h0]) p.zeroGrad()
}

function addInto(target: number[][], add: ArrayLike<number>, H: number) {
  for (let i = 0; i < H; i++) for (let j = 0; j < H; j++) target[i][j] += add[i * H + j]
}

const square = (H: number) => Array.from({ length: H }, () => new Array<number>(H).fill(0))

/**
 * Truncated BPTT as in the lecture's picture: the loss at step s flows back through steps
 * s-k+1..s only; the state it starts from, h_{s-k}, is taken from the forward pass but detached.
 */
function truncatedSplit(setup: BpttSetup, h: number[][], k: number): GradientSplit {
  const T = setup.xs.length
  const H = setup.weightHh.shape[0]
  const contributions = Array.from({ length: T }, () => square(H))
  const dh = Array.from({ length: T }, () => new Array<number>(H).fill(0))
  const h0Grad = new Array<number>(H).fill(0)
  for (const s of setup.lossSteps) {
    const from = Math.max(0, s - k)
    clearGrads(setup)
    const start = from === 0 ? setup.h0 : tensor(h[from], [1, H])
    const { run, loss } = windowLoss(setup, from, s, start, [s])
    loss.backward()
    rnnWeightHhContributions(run.record).forEach((g, i) => addInto(contributions[from + i], g, H))
    const wdh = run.record.dh!
    for (let i = 0; i < s - from; i++) for (let j = 0; j < H; j++) dh[from + i][j] += wdh[i * H + j]
    if (from === 0) setup.h0.grad!.forEach((v, j) => (h0Grad[j] += v))
  }
  return { contributions, total: runningSum(contributions, 1), dh, h0Grad }
}

/** Full and truncated BPTT of the seeded RNN; k ≥ T makes them the same. */
export function bpttRun(config: BpttConfig): BpttRun {
  const setup = bpttSetup(config)
  const T = config.steps
  const H = config.hidden
  const { run, loss, perStep } = windowLoss(setup, 0, T, setup.h0, setup.lossSteps)
  loss.backward()
  const record = run.record
  const h = rows(record.h, H)
  const contributions = rnnWeightHhContributions(record).map((g) => rows(g, H))
  const full: GradientSplit = {
    contributions,
    total: runningSum(contributions, 1),
    dh: rows(record.dh!, H),
    h0Grad: Array.from(setup.h0.grad!),
  }
  const autograd = rows(setup.weightHh.grad!, H)
  const truncated = truncatedSplit(setup, h, Math.min(config.k, T))
  return {
    ...full,
    config,
    weightHh: rows(setup.weightHh.data, H),
    h,
    losses: Array.from(perStep.data, (v, t) => (setup.lossSteps.includes(t + 1) ? v : null)),
    loss: loss.item(),
    autograd,
    truncated,
  }
}

/** Euclidean norm of a vector or a matrix's entries. */
export function norm(values: readonly number[] | readonly number[][]): number {
  return Math.sqrt(values.flat().reduce((s: number, v: number) => s + v * v, 0))
}

/** Entry-wise a - b. */
export function minus(a: number[][], b: number[][]): number[][] {
  return a.map((row, i) => row.map((v, j) => v - b[i][j]))
}

/** Σ of the contributions of steps t..T (1-based t): the running sum once BPTT has reached h_t. */
export function runningSum(contributions: number[][][], t: number): number[][] {
  const H = contributions[0].length
  const out = square(H)
  for (let u = t - 1; u < contributions.length; u++)
    for (let i = 0; i < H; i++) for (let j = 0; j < H; j++) out[i][j] += contributions[u][i][j]
  return out
}

/** The step in focus for a backward step (1 = at h_T), clamped to the run. */
export function focusStep(step: number, steps: number): number {
  const s = Math.min(Math.max(Math.round(step), 1), steps)
  return steps - s + 1
}
