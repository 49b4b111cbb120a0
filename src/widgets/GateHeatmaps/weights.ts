/**
 * The weights the heatmaps run on: untrained ones drawn by the engine's own modules from a seed
 * (PyTorch's default uniform init), or the same with units 1 and 2 wired by hand so a gate pattern
 * means something. Every hand-set pre-activation is ±SATURATE or 0, so each gate sits at σ(±10):
 * as good as shut or open, and easy to read off the heatmap.
 */
import { GRU, LSTM, parameterCount, Random, type Tensor } from '../../engine/index.ts'
import type { CellKind, Variant, WeightSource } from './schema.ts'

/** The size of a hand-set pre-activation: σ(10) = 0.99995, tanh(10) = 0.999999996. */
export const SATURATE = 10

/** Weights in the engine's layout, for the fused lstm/gru ops, and their parameter count. */
export interface CellWeights {
  weightIh: Tensor
  weightHh: Tensor
  biasIh: Tensor | null
  biasHh: Tensor | null
  weightCi: Tensor | null
  weightCf: Tensor | null
  weightCo: Tensor | null
  parameters: number
}

/** What a hand-set unit does, for the legend under the heatmaps. */
export type UnitRole = 'counter' | 'latch' | 'detector'

/** Where each gate's block of rows starts in W_ih/W_hh (PyTorch's order; coupled has no i). */
export function gateRows(cell: CellKind, variant: Variant, H: number): Record<string, number> {
  if (cell === 'gru') return { r: 0, z: H, n: 2 * H }
  if (variant === 'coupled') return { f: 0, g: H, o: 2 * H }
  return { i: 0, f: H, g: 2 * H, o: 3 * H }
}

/**
 * The role of each hand-set unit: unit 1 counts the target (LSTM with a free input gate) or latches
 * on it (a coupled LSTM or a GRU, whose new state is an average of old and new and cannot count);
 * unit 2 detects it at the current step only. Units beyond keep their seeded weights.
 */
export function handSetRoles(cell: CellKind, variant: Variant, H: number): UnitRole[] {
  const first: UnitRole = cell === 'lstm' && variant !== 'coupled' ? 'counter' : 'latch'
  return ([first, 'detector'] as UnitRole[]).slice(0, H)
}

// Pre-activation of one gate of one unit: `onTarget` when the input is the target, `otherwise` else.
type Wiring = Record<string, [onTarget: number, otherwise: number]>

const K = SATURATE
const WIRING: Record<UnitRole, Wiring> = {
  // Keep everything (f open), write g = 1 only on the target, show the cell through o.
  counter: { i: [K, -K], f: [K, K], g: [K, K], o: [K, K] },
  // Keep unless the target comes; then forget and write 1 (i = 1 − f, or z: 0 writes in a GRU).
  latch: { f: [-K, K], g: [K, K], o: [K, K], r: [K, K], z: [-K, K], n: [K, K] },
  // Forget everything, write +1 on the target and −1 on anything else.
  detector: { i: [K, K], f: [-K, -K], g: [K, -K], o: [K, K], r: [K, K], z: [-K, -K], n: [K, -K] },
}

function wireUnit(
  w: CellWeights,
  rows: Record<string, number>,
  unit: number,
  role: UnitRole,
  target: number,
) {
  const [I, H] = [w.weightIh.shape[1], w.weightHh.shape[1]]
  for (const [gate, [on, off]] of Object.entries(WIRING[role])) {
    if (!(gate in rows)) continue
    const row = rows[gate] + unit
    // Only the bias and the target's column of W_ih: a = b + W_ih[:, target] on the target.
    w.weightIh.data.fill(0, row * I, (row + 1) * I)
    w.weightIh.data[row * I + target] = on - off
    w.weightHh.data.fill(0, row * H, (row + 1) * H)
    if (w.biasIh) w.biasIh.data[row] = off
    if (w.biasHh) w.biasHh.data[row] = 0
  }
  for (const p of [w.weightCi, w.weightCf, w.weightCo]) if (p) p.data[unit] = 0
}

/** Seeded weights for `vocab` one-hot inputs and H units, with the hand-set units wired when asked. */
export function cellWeights(o: {
  cell: CellKind
  variant: Variant
  vocab: number
  hidden: number
  seed: number
  source: WeightSource
  target: number
}): CellWeights {
  const rng = new Random(o.seed)
  const module =
    o.cell === 'lstm'
      ? new LSTM(o.vocab, o.hidden, { rng, variant: o.variant })
      : new GRU(o.vocab, o.hidden, { rng })
  const peep = (name: 'weightCi' | 'weightCf' | 'weightCo') =>
    name in module ? (module as LSTM)[name] : null
  const w: CellWeights = {
    weightIh: module.weightIh,
    weightHh: module.weightHh,
    biasIh: module.biasIh,
    biasHh: module.biasHh,
    weightCi: peep('weightCi'),
    weightCf: peep('weightCf'),
    weightCo: peep('weightCo'),
    parameters: parameterCount(module),
  }
  if (o.source === 'hand-set') {
    const rows = gateRows(o.cell, o.variant, o.hidden)
    handSetRoles(o.cell, o.variant, o.hidden).forEach((role, unit) =>
      wireUnit(w, rows, unit, role, o.target),
    )
  }
  return w
}
