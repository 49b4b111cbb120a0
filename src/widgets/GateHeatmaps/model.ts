/**
 * The gate heatmaps as data: a typed sequence, one-hot over its own characters, run through the
 * engine's fused LSTM or GRU once, read back through the step traces, and laid out as one
 * time × unit map per gate and state. The maps hold the trace's numbers as they are.
 */
import { oneHot } from '../../engine/index.ts'
import { traceGRU, type GRUStepRecord } from '../../trace/gruSteps.ts'
import { traceLSTM, type LSTMStepRecord } from '../../trace/lstmSteps.ts'
import type { CellKind, Variant, WeightSource } from './schema.ts'
import { cellWeights, handSetRoles, type UnitRole } from './weights.ts'

/** Longest sequence the maps take: a readable strip on a laptop, scrolled on a phone. */
export const MAX_LENGTH = 24

/** A typed sequence split into characters, with its vocabulary (in order of first appearance). */
export interface Sequence {
  chars: string[]
  vocab: string[]
  tokens: number[]
}

/** The letter naming each map: LSTM gates and states, then the GRU's. */
export type MapKey = 'i' | 'f' | 'g' | 'o' | 'c' | 'h' | 'r' | 'z' | 'n'

/** One time × unit map: values[t][j] for step t + 1 and unit j + 1. */
export interface GateMap {
  key: MapKey
  title: string
  /** 'gate': in [0, 1], sequential colours; 'signed': diverging colours around 0. */
  kind: 'gate' | 'signed'
  values: number[][]
  /** Largest |value| the colours reach (1 for gates and tanh outputs, max |c| for the cell). */
  scale: number
}

/** One run of the heatmaps. */
export type GateRun =
  | {
      cell: 'lstm'
      variant: Variant
      steps: LSTMStepRecord[]
      maps: GateMap[]
      parameters: number
      roles: UnitRole[]
    }
  | { cell: 'gru'; steps: GRUStepRecord[]; maps: GateMap[]; parameters: number; roles: UnitRole[] }

/** A typed text as a sequence, or the reason it cannot be used (in plain words). */
export function parseSequence(
  text: string,
): { ok: true; sequence: Sequence } | { ok: false; message: string } {
  // Array.from splits by code point, so an emoji is one character, not two halves.
  const chars = Array.from(text)
  if (chars.length === 0) return { ok: false, message: 'Type at least one character.' }
  if (chars.length > MAX_LENGTH)
    return { ok: false, message: `At most ${MAX_LENGTH} characters (this has ${chars.length}).` }
  const bad = chars.find((c) => !/^[\p{L}\p{N}\p{P}\p{S} ]$/u.test(c))
  if (bad !== undefined) {
    const code = bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
    return {
      ok: false,
      message: `Character U+${code} cannot be shown: use letters, digits, punctuation and spaces.`,
    }
  }
  const vocab = [...new Set(chars)]
  return { ok: true, sequence: { chars, vocab, tokens: chars.map((c) => vocab.indexOf(c)) } }
}

/** The character a hand-set unit watches by default: the most frequent non-space one (first on a tie). */
export function defaultTarget(sequence: Sequence): string {
  let best = sequence.chars[0]
  let most = 0
  for (const c of sequence.vocab) {
    const n = sequence.chars.filter((d) => d === c).length
    if (c !== ' ' && n > most) [best, most] = [c, n]
  }
  return best
}

const maxAbsOf = (values: number[][]) =>
  values.reduce((m, row) => row.reduce((a, v) => Math.max(a, Math.abs(v)), m), 1e-9)

/** Runs the engine over `sequence` and lays out every gate and state as a time × unit map. */
export function runGates(
  sequence: Sequence,
  o: {
    cell: CellKind
    variant: Variant
    hidden: number
    seed: number
    weights: WeightSource
    target: string
  },
): GateRun {
  const vocab = sequence.vocab.length
  const target = Math.max(0, sequence.vocab.indexOf(o.target))
  const w = cellWeights({ ...o, vocab, source: o.weights, target })
  const input = oneHot(sequence.tokens, vocab)
  const roles = o.weights === 'hand-set' ? handSetRoles(o.cell, o.variant, o.hidden) : []
  const gate = (key: MapKey, title: string, values: number[][]): GateMap => ({
    key,
    title,
    kind: 'gate',
    values,
    scale: 1,
  })
  const signed = (key: MapKey, title: string, values: number[][], scale = 1): GateMap => ({
    key,
    title,
    kind: 'signed',
    values,
    scale,
  })
  if (o.cell === 'gru') {
    const steps = traceGRU(input, null, w)
    const maps = [
      gate(
        'z',
        'update gate z',
        steps.map((s) => s.gates.z),
      ),
      gate(
        'r',
        'reset gate r',
        steps.map((s) => s.gates.r),
      ),
      signed(
        'n',
        'candidate n',
        steps.map((s) => s.gates.n),
      ),
      signed(
        'h',
        'hidden state h',
        steps.map((s) => s.h),
      ),
    ]
    return { cell: 'gru', steps, maps, parameters: w.parameters, roles }
  }
  const steps = traceLSTM(input, null, w, o.variant)
  const c = steps.map((s) => s.c)
  const maps = [
    gate(
      'f',
      'forget gate f',
      steps.map((s) => s.gates.f),
    ),
    gate(
      'i',
      o.variant === 'coupled' ? 'input gate i = 1 − f' : 'input gate i',
      steps.map((s) => s.gates.i),
    ),
    signed(
      'g',
      'candidate g',
      steps.map((s) => s.gates.g),
    ),
    gate(
      'o',
      'output gate o',
      steps.map((s) => s.gates.o),
    ),
    signed('c', 'cell state c', c, maxAbsOf(c)),
    signed(
      'h',
      'hidden state h',
      steps.map((s) => s.h),
    ),
  ]
  return { cell: 'lstm', variant: o.variant, steps, maps, parameters: w.parameters, roles }
}

/** The parameter count written as a formula of I inputs and H units (the total is the engine's). */
export function parameterFormula(cell: CellKind, variant: Variant, I: number, H: number): string {
  const blocks = cell === 'lstm' && variant !== 'coupled' ? 4 : 3
  const core = `${blocks} × (${H}·${I} + ${H}·${H} + 2·${H})`
  return cell === 'lstm' && variant === 'peephole' ? `${core} + 3·${H}` : core
}
