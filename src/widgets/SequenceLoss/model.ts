/**
 * The lecture's mini-batch loss as data: a small seeded RNN reads M sequences of S steps and
 * predicts one of two classes at every step; the engine's crossEntropy gives each step's term
 * -log p(target), skips padded positions (target -1, the lecture's marker, as ignoreIndex), and
 * sums or averages them. Both ways of averaging are computed, so they can be compared.
 */
import { crossEntropy, linear, Random, reshape, rnn, softmax, tensor } from '../../engine/index.ts'

/** Classes per prediction (K = 2 in the lecture), hidden size and input size of the little RNN. */
export const CLASSES = 2
const HIDDEN = 3
const INPUTS = 2

/** The lecture's marker for a padded target, passed to crossEntropy as ignoreIndex. */
export const PAD = -1

/** How the batch loss is normalised. */
export type Normalize = 'sequences' | 'tokens'

/**
 * Targets the lecture gives (class index, 0 for (1, 0) and 1 for (0, 1)), by 0-based instance; its
 * table elides instances 4 to 7, and instance 3 is padded at step 3.
 */
const LECTURE_TARGETS: Record<number, number[]> = {
  0: [0, 0, 1],
  1: [1, 0, 1],
  2: [1, 1, 0],
  7: [0, 0, 0],
}

/** Cells padded before the learner toggles anything: the lecture's "-1" of instance 3, step 3. */
export function lecturePadding(batch: number, steps: number): Set<string> {
  return new Set(batch >= 3 && steps >= 3 ? [cellKey(2, 2)] : [])
}

/** The key of cell (instance n, step t), both 0-based. */
export const cellKey = (n: number, t: number) => `${n},${t}`

/** One cell of the table. */
export interface LossCell {
  /** The target class, whether or not the cell is padded (so unpadding restores it). */
  target: number
  /** True when this target is the lecture's; false when drawn from the seed. */
  fromLecture: boolean
  /** softmax of the RNN's logits at this step. */
  probs: number[]
  padded: boolean
  /** -log p(target) from the engine; null when padded (it adds nothing). */
  term: number | null
}

/** The table and its totals. */
export interface LossTable {
  cells: LossCell[][]
  /** Loss_m = Σ_s of the row's unpadded terms. */
  rowSums: number[]
  total: number
  /** Unpadded positions. */
  counted: number
  batch: number
  /** total / M: the lecture's convention. */
  perSequence: number
  /** total / counted: crossEntropy's 'mean' (null when every cell is padded). */
  perToken: number | null
}

/** Seeded inputs, weights and targets (lecture targets where it gives them). */
export function seededBatch(batch: number, steps: number, seed: number) {
  const rng = new Random(seed)
  const randn = (n: number, std: number) => Array.from({ length: n }, () => rng.normal(0, std))
  const weightIh = tensor(randn(HIDDEN * INPUTS, 0.8), [HIDDEN, INPUTS])
  const weightHh = tensor(randn(HIDDEN * HIDDEN, 0.6), [HIDDEN, HIDDEN])
  const weightHy = tensor(randn(CLASSES * HIDDEN, 1), [CLASSES, HIDDEN])
  const x = tensor(randn(steps * batch * INPUTS, 1), [steps, batch, INPUTS])
  const targets = Array.from({ length: batch }, (_, n) =>
    Array.from({ length: steps }, (_, t) => {
      const given = LECTURE_TARGETS[n]?.[t]
      const drawn = rng.int(CLASSES)
      return given === undefined
        ? { target: drawn, fromLecture: false }
        : { target: given, fromLecture: true }
    }),
  )
  return { weightIh, weightHh, weightHy, x, targets }
}

/** Runs the seeded RNN over the batch and builds the loss table with `padded` cells masked out. */
export function lossTable(
  batch: number,
  steps: number,
  seed: number,
  padded: ReadonlySet<string>,
): LossTable {
  const { weightIh, weightHh, weightHy, x, targets } = seededBatch(batch, steps, seed)
  const { output } = rnn(x, null, { weightIh, weightHh })
  // Time-major [S, M, H] -> one row of logits per (step, instance)
  const logits = linear(reshape(output, [steps * batch, HIDDEN]), weightHy)
  const probs = softmax(logits)
  const flatTargets = Array.from({ length: steps * batch }, (_, p) => {
    const [t, n] = [Math.floor(p / batch), p % batch]
    return padded.has(cellKey(n, t)) ? PAD : targets[n][t].target
  })
  const terms = crossEntropy(logits, flatTargets, { ignoreIndex: PAD, reduction: 'none' })
  const total = crossEntropy(logits, flatTargets, { ignoreIndex: PAD, reduction: 'sum' }).item()
  const counted = flatTargets.filter((c) => c !== PAD).length
  // The engine refuses a mean over zero positions; say so instead of showing a number.
  const perToken =
    counted > 0
      ? crossEntropy(logits, flatTargets, { ignoreIndex: PAD, reduction: 'mean' }).item()
      : null
  const cells = targets.map((row, n) =>
    row.map(({ target, fromLecture }, t): LossCell => {
      const p = t * batch + n
      const isPadded = flatTargets[p] === PAD
      return {
        target,
        fromLecture,
        probs: Array.from(probs.data.slice(p * CLASSES, (p + 1) * CLASSES)),
        padded: isPadded,
        term: isPadded ? null : terms.data[p],
      }
    }),
  )
  const rowSums = cells.map((row) => row.reduce((s, c) => s + (c.term ?? 0), 0))
  return { cells, rowSums, total, counted, batch, perSequence: total / batch, perToken }
}

/** The target class as the lecture writes it: a one-hot pair such as (1, 0). */
export function oneHotLabel(target: number): string {
  return `(${Array.from({ length: CLASSES }, (_, k) => (k === target ? 1 : 0)).join(', ')})`
}

/** Where an arrow key moves the focus in the table, clamped to it; null for other keys. */
export function moveCell(
  key: string,
  n: number,
  t: number,
  batch: number,
  steps: number,
): [number, number] | null {
  const to: Record<string, [number, number]> = {
    ArrowUp: [n - 1, t],
    ArrowDown: [n + 1, t],
    ArrowLeft: [n, t - 1],
    ArrowRight: [n, t + 1],
    Home: [n, 0],
    End: [n, steps - 1],
  }
  const m = to[key]
  if (!m) return null
  return [Math.min(Math.max(m[0], 0), batch - 1), Math.min(Math.max(m[1], 0), steps - 1)]
}
