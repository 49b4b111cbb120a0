/**
 * Geometry of the unrolled graph as data: one column per step (loss on top, the hidden state in
 * the middle, the input below), forward arrows h_{t-1} -> h_t and backward arrows whose width and
 * colour follow ||dL/dh_t||. Pure, so it is tested without a DOM; Graph.tsx only maps it to SVG.
 */
import { norm, type BpttRun } from './model.ts'

/** Where a step stands in the backward pass. */
export type Phase = 'reached' | 'current' | 'ahead'

/** One step's column. */
export interface GraphColumn {
  t: number
  x: number
  phase: Phase
  hasLoss: boolean
  /** ||dL/dh_t|| in full BPTT and truncated to the window. */
  gradNorm: number
  truncNorm: number
  /** Width of the backward arrow leaving h_t (towards h_{t-1}). */
  width: number
  /** The loss at step t sends nothing back to this step under truncation (outside every window). */
  cut: boolean
  /** Truncation changes ||dL/dh_t|| beyond rounding. */
  truncated: boolean
}

/** The diagram in viewBox units. */
export interface GraphLayout {
  width: number
  height: number
  columns: GraphColumn[]
  /** x where the cut line stands (between h_{T-k} and h_{T-k+1}); null when nothing is cut. */
  cutX: number | null
  maxNorm: number
}

export const COL = 112
export const LEFT = 84
export const BOX = { y: 78, w: 64, h: 52 }
export const LOSS_Y = 26
export const X_Y = 176

/** Lays out the run with backward step `focus` (1-based time of the step in focus). */
export function graphLayout(run: BpttRun, focus: number): GraphLayout {
  const T = run.config.steps
  const norms = run.dh.map((v) => norm(v))
  const maxNorm = Math.max(1e-12, ...norms)
  const columns = norms.map((gradNorm, k): GraphColumn => {
    const t = k + 1
    const truncNorm = norm(run.truncated.dh[k])
    return {
      t,
      x: LEFT + k * COL,
      phase: t > focus ? 'reached' : t === focus ? 'current' : 'ahead',
      hasLoss: run.losses[k] !== null,
      gradNorm,
      truncNorm,
      width: 1.5 + 7 * (gradNorm / maxNorm),
      cut: truncNorm === 0 && gradNorm > 0,
      // Windows add the same paths in another order: differences at rounding level are not cuts.
      truncated: Math.abs(truncNorm - gradNorm) > 1e-9 * maxNorm,
    }
  })
  const k = run.config.k
  const cutX =
    run.config.lossAt === 'last' && k < T ? LEFT + (T - k) * COL - (COL - BOX.w) / 2 : null
  return { width: LEFT + T * COL + 4, height: X_Y + 40, columns, cutX, maxNorm }
}
