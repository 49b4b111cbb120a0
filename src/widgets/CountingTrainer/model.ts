/**
 * Pure views of the counting task's answers: the activation heatmap's rows, columns and notes, which
 * unit follows a count most closely, and the accuracy strip over n with the training range marked.
 */
import type {
  CountingActivations,
  CountingGeneralisation,
} from '../../train/tasks/counting/inspect.ts'
import type { StringScore } from '../../train/tasks/counting/score.ts'
import type { HeatmapNoteRow } from '../../viz/Heatmap.tsx'
import { formatNumber } from '../../lesson/format.ts'

/** Units drawn at most: more rows would not fit a slide (the rest are named in a note). */
export const MAX_UNITS_SHOWN = 16

/** What the heatmap draws for one string. */
export interface ActivationMap {
  rows: string[]
  columns: string[]
  values: number[][]
  notes: HeatmapNoteRow[]
  legendLabel: string
  /** Units not drawn. */
  hiddenUnits: number
  /** Predictable steps predicted right, and how many there are. */
  right: number
  total: number
}

/** The state's name for a legend: the LSTM's cell state, or the hidden state of the others. */
export function stateName(a: Pick<CountingActivations, 'cell' | 'state'>): string {
  const cell = a.cell.toUpperCase()
  return a.state === 'c' ? `c, the ${cell} cell state` : `h, the ${cell} hidden state`
}

/** How a step reads in a title: what was read, what the model gives each symbol, what comes next. */
export function describeStep(a: CountingActivations, t: number): string {
  const odds = a.symbols.map((s, k) => `${s} ${formatNumber(a.probabilities[t][k], 3)}`).join(', ')
  const known = a.predictable[t] ? 'determined by the count' : 'not determined yet'
  return `Step ${t + 1} reads “${a.read[t]}”; the model gives ${odds}. Next is “${a.next[t]}”, ${known}.`
}

/** The heatmap of the memory state over a^n b^n (c^n): units down, symbols read across. */
export function activationMap(a: CountingActivations, maxUnits = MAX_UNITS_SHOWN): ActivationMap {
  const shown = a.memory.slice(0, maxUnits)
  const ok = a.predicted.map((p, t) => p === a.next[t])
  const check = a.predictable.map((known, t) =>
    known
      ? { text: ok[t] ? '✓' : '✗', tone: ok[t] ? ('good' as const) : ('bad' as const) }
      : { text: '·', tone: 'muted' as const, title: 'Not determined yet: not scored' },
  )
  return {
    rows: shown.map((_, j) => `unit ${j + 1}`),
    columns: a.read,
    values: shown,
    notes: [
      {
        label: 'predicts',
        cells: a.predicted.map((p, t) => ({ text: p, title: describeStep(a, t) })),
      },
      { label: 'scored', cells: check },
    ],
    legendLabel: stateName(a),
    hiddenUnits: a.memory.length - shown.length,
    right: ok.filter((r, t) => r && a.predictable[t]).length,
    total: a.predictable.filter(Boolean).length,
  }
}

/** Pearson correlation of two equally long series; 0 when either is constant. */
export function correlation(x: readonly number[], y: readonly number[]): number {
  const n = x.length
  const mx = x.reduce((s, v) => s + v, 0) / n
  const my = y.reduce((s, v) => s + v, 0) / n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let k = 0; k < n; k++) {
    sxy += (x[k] - mx) * (y[k] - my)
    sxx += (x[k] - mx) ** 2
    syy += (y[k] - my) ** 2
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0
}

/** A count a counter unit would track, e.g. a's read minus b's read, after each step. */
export interface CountMatch {
  /** "#a − #b". */
  count: string
  /** The ideal count after each step. */
  ideal: number[]
  /** The unit (0-based) whose state correlates most strongly with it, and that correlation. */
  unit: number
  r: number
}

/** The running counts a counter would keep: #a − #b, and #b − #c for a^n b^n c^n. */
export function idealCounts(read: readonly string[]): { count: string; ideal: number[] }[] {
  const pairs: [string, string][] = read.includes('c')
    ? [
        ['a', 'b'],
        ['b', 'c'],
      ]
    : [['a', 'b']]
  return pairs.map(([up, down]) => {
    let level = 0
    const ideal = read.map((s) => (level += s === up ? 1 : s === down ? -1 : 0))
    return { count: `#${up} − #${down}`, ideal }
  })
}

/** For each ideal count, the unit whose state follows it most closely (largest |correlation|). */
export function counterUnits(a: CountingActivations): CountMatch[] {
  return idealCounts(a.read).map(({ count, ideal }) => {
    let best = { unit: 0, r: 0 }
    a.memory.forEach((row, unit) => {
      const r = correlation(row, ideal)
      if (Math.abs(r) > Math.abs(best.r)) best = { unit, r }
    })
    return { count, ideal, ...best }
  })
}

/** One n of the accuracy strip. */
export interface StripCell extends StringScore {
  inTraining: boolean
  title: string
}

/** The strip's cells and its headline numbers. */
export interface Strip {
  cells: StripCell[]
  maxN: number
  /** Fraction of strings right inside the training range, and beyond it (null when none is tested). */
  inside: number
  beyond: number | null
  /** The same for single predictable symbols: a string one symbol off still gets most of them. */
  symbolsInside: number
  symbolsBeyond: number | null
  /** The largest k with every n from 1 to k right (0 when n = 1 already fails). */
  rightUpTo: number
}

/** The accuracy strip: one cell per n, the training range marked. */
export function accuracyStrip(g: CountingGeneralisation): Strip {
  const cells = g.rows.map((row) => {
    const inTraining = row.n <= g.maxN
    const where = inTraining ? 'inside the training range' : 'beyond the training range'
    const verdict = row.correct ? 'right' : 'wrong'
    return {
      ...row,
      inTraining,
      title: `n = ${row.n} (${where}): ${verdict}, ${row.right} of ${row.total} predictable symbols right`,
    }
  })
  const share = (list: StripCell[]) => list.filter((c) => c.correct).length / list.length
  const symbols = (list: StripCell[]) =>
    list.reduce((s, c) => s + c.right, 0) / list.reduce((s, c) => s + c.total, 0)
  const inside = cells.filter((c) => c.inTraining)
  const outside = cells.filter((c) => !c.inTraining)
  const firstWrong = cells.findIndex((c) => !c.correct)
  return {
    cells,
    maxN: g.maxN,
    inside: share(inside),
    beyond: outside.length ? share(outside) : null,
    symbolsInside: symbols(inside),
    symbolsBeyond: outside.length ? symbols(outside) : null,
    rightUpTo: firstWrong < 0 ? cells.length : firstWrong,
  }
}

/** The activations answer, if `value` is one (inspections arrive as unknown). */
export function asActivations(value: unknown): CountingActivations | undefined {
  return isKind(value, 'activations') ? (value as CountingActivations) : undefined
}

/** The generalisation answer, if `value` is one. */
export function asGeneralisation(value: unknown): CountingGeneralisation | undefined {
  return isKind(value, 'generalisation') ? (value as CountingGeneralisation) : undefined
}

function isKind(value: unknown, kind: string): boolean {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === kind
}
