/**
 * The network drawing as data: where each unit and weight sits, what each shows in a phase, and
 * which parts the phase is about. No DOM, so it is tested directly; NetDiagram maps it to SVG.
 */
import type { NetModel } from './model.ts'
import { PHASES, type PhaseId } from './schema.ts'

/** A layer of units: inputs x, hidden h₁, outputs ŷ. */
export type UnitLayer = 'x' | 'h' | 'y'
/** A weight matrix: Θ₁ (inputs to hidden) or Θ₂ (hidden to outputs). */
export type WeightLayer = 'W1' | 'W2'

/** One unit, its centre in the drawing's coordinates. */
export interface Unit {
  layer: UnitLayer
  index: number
  cx: number
  cy: number
}

/** One weight Θ[row][col] as an edge from unit `row` of one layer to unit `col` of the next. */
export interface Edge {
  layer: WeightLayer
  row: number
  col: number
  from: Unit
  to: Unit
  /** Where the edge's number sits: near the end where edges fan in less, so labels keep apart. */
  labelX: number
  labelY: number
  /** False when the matrix has too many edges for their numbers to stay apart (the grids show them). */
  labelled: boolean
}

/** The drawing's size, units and edges, and the box that holds the target and the loss. */
export interface NetLayout {
  width: number
  height: number
  units: Unit[]
  edges: Edge[]
  lossBox: { x: number; y: number; width: number; height: number }
}

/** Unit radius, and the vertical distance between units of one layer. */
export const RADIUS = 26
const GAP = 80
const TOP = 34
const COLUMNS: Record<UnitLayer, number> = { x: 44, h: 214, y: 364 }
// Θ₁'s labels sit 70% along (toward the hidden units), Θ₂'s 32% along (near them too).
const LABEL_AT: Record<WeightLayer, number> = { W1: 0.7, W2: 0.32 }
/** Beyond this many edges in one matrix, their numbers would overlap. */
export const MAX_LABELLED = 6

/** Lays out a D–H–O network, each layer centred vertically. */
export function layoutNet(D: number, H: number, O: number): NetLayout {
  const tallest = Math.max(D, H, O, 2)
  // Room below the last unit for its delta.
  const height = TOP + tallest * GAP + 12
  const column = (layer: UnitLayer, n: number): Unit[] =>
    Array.from({ length: n }, (_, index) => ({
      layer,
      index,
      cx: COLUMNS[layer],
      cy: TOP + (tallest * GAP) / 2 + (index - (n - 1) / 2) * GAP,
    }))
  const xs = column('x', D)
  const hs = column('h', H)
  const ys = column('y', O)
  const connect = (layer: WeightLayer, from: Unit[], to: Unit[]): Edge[] =>
    from.flatMap((a, row) =>
      to.map((b, col) => {
        const t = LABEL_AT[layer]
        return {
          layer,
          row,
          col,
          from: a,
          to: b,
          labelX: a.cx + t * (b.cx - a.cx),
          labelY: a.cy + t * (b.cy - a.cy),
          labelled: from.length * to.length <= MAX_LABELLED,
        }
      }),
    )
  return {
    width: 520,
    height,
    units: [...xs, ...hs, ...ys],
    edges: [...connect('W1', xs, hs), ...connect('W2', hs, ys)],
    lossBox: { x: 410, y: TOP + (tallest * GAP) / 2 - 40, width: 106, height: 80 },
  }
}

/** What the phase is about: these layers, weights and the loss box are drawn strong, the rest faded. */
export interface Focus {
  units: ReadonlySet<UnitLayer>
  weights: ReadonlySet<WeightLayer>
  loss: boolean
  /** Backward phases draw the weights they pass through dashed: the signal runs right to left. */
  backward: boolean
}

const FOCUS: Record<PhaseId, [UnitLayer[], WeightLayer[], boolean]> = {
  layer1: [['x', 'h'], ['W1'], false],
  layer2: [['h', 'y'], ['W2'], false],
  loss: [['y'], [], true],
  delta2: [['y'], [], true],
  gradW2: [['h', 'y'], ['W2'], false],
  delta1: [['h', 'y'], ['W2'], false],
  gradW1: [['x', 'h'], ['W1'], false],
  update: [[], ['W1', 'W2'], false],
  after: [['x', 'h', 'y'], ['W1', 'W2'], true],
}

/** The parts of the drawing the phase highlights. */
export function phaseFocus(phase: PhaseId): Focus {
  const [units, weights, loss] = FOCUS[phase]
  const kind = PHASES.find((p) => p.id === phase)?.kind
  return { units: new Set(units), weights: new Set(weights), loss, backward: kind === 'backward' }
}

const at = (phase: PhaseId) => PHASES.findIndex((p) => p.id === phase)

/** What the edges of one weight matrix show in this phase, and what to call it. */
export function edgeValues(
  m: NetModel,
  phase: PhaseId,
  layer: WeightLayer,
): { values: number[][]; name: 'weight' | 'gradient' | 'updated weight' } {
  if (at(phase) >= at('update')) return { values: m[layer], name: 'updated weight' }
  if (phase === (layer === 'W1' ? 'gradW1' : 'gradW2'))
    return { values: layer === 'W1' ? m.grads.gradW1 : m.grads.gradW2, name: 'gradient' }
  return { values: m.givens[layer], name: 'weight' }
}

/**
 * A unit's value in this phase (null until the forward pass reaches it; after the update, the new
 * forward pass), and its delta while the backward pass is under way.
 */
export function unitValues(
  m: NetModel,
  phase: PhaseId,
  layer: UnitLayer,
): { values: number[] | null; deltas: number[] | null } {
  if (layer === 'x') return { values: m.givens.x, deltas: null }
  const f = phase === 'after' ? m.after : m.forward
  const i = at(phase)
  if (layer === 'y' && phase === 'layer1') return { values: null, deltas: null }
  const known = layer === 'h' ? i >= at('delta1') : i >= at('delta2')
  const deltas =
    known && i < at('update') ? (layer === 'h' ? m.grads.delta1 : m.grads.delta2) : null
  return { values: layer === 'h' ? f.h1 : f.yhat, deltas }
}

/** The loss the box shows in this phase: none before it is computed, E′ after the update. */
export function shownLoss(m: NetModel, phase: PhaseId): { value: number; after: boolean } | null {
  if (at(phase) < at('loss')) return null
  return phase === 'after'
    ? { value: m.after.loss, after: true }
    : { value: m.forward.loss, after: false }
}
