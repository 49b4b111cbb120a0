/**
 * The accuracy-against-delay plot as data: a log2 x scale over the delays k, a linear y scale over
 * accuracy, one path and one marker per (cell, k), and the chance line. Pure (design principle 6), so
 * it is tested without a DOM; AccuracyChart only maps it to SVG.
 */
import { line, scaleLinear, scaleLog } from 'd3'
import {
  MEMORY_CELLS,
  type AccuracyByK,
  type MemoryCell,
} from '../../train/tasks/long-memory/meta.ts'

export const MARGIN = { top: 16, right: 16, bottom: 42, left: 48 }

/** How each cell is drawn: colour-blind-safe colours (Okabe & Ito), and dashes so hue is not all. */
export const SERIES_STYLE: Record<MemoryCell, { label: string; colour: string; dash?: string }> = {
  rnn: { label: 'vanilla tanh RNN', colour: '#D55E00', dash: '7 5' },
  lstm: { label: 'LSTM', colour: '#0072B2' },
}

const isFraction = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1

/** The worker's answer if it has the expected shape, else null. */
export function readAccuracy(value: unknown): AccuracyByK | null {
  if (typeof value !== 'object' || value === null) return null
  const a = value as Partial<AccuracyByK>
  const ks = a.ks
  if (!Array.isArray(ks) || ks.length === 0 || !ks.every((k) => Number.isInteger(k) && k > 0))
    return null
  const ok =
    Number.isInteger(a.symbols) &&
    isFraction(a.chance) &&
    typeof a.accuracy === 'object' &&
    a.accuracy !== null &&
    MEMORY_CELLS.every(
      (c) =>
        Array.isArray(a.accuracy![c]) &&
        a.accuracy![c].length === ks.length &&
        a.accuracy![c].every(isFraction),
    )
  return ok ? (a as AccuracyByK) : null
}

/** A marker of one (cell, k). */
export interface Marker {
  k: number
  accuracy: number
  x: number
  y: number
}

/** Everything the view draws, in pixels; `cursor` is the index of the delay being read. */
export function accuracyChart(data: AccuracyByK, width: number, height: number) {
  const { ks } = data
  const lo = ks[0]
  const hi = Math.max(ks[ks.length - 1], lo * 2)
  const sx = scaleLog()
    .base(2)
    .domain([lo, hi])
    .range([MARGIN.left + 10, width - MARGIN.right - 10])
  const sy = scaleLinear()
    .domain([0, 1])
    .range([height - MARGIN.bottom, MARGIN.top])
  const path = line<Marker>()
    .x((m) => m.x)
    .y((m) => m.y)
  const series = MEMORY_CELLS.map((cell) => {
    const markers = ks.map((k, i) => {
      const accuracy = data.accuracy[cell][i]
      return { k, accuracy, x: sx(k), y: sy(accuracy) }
    })
    return { cell, markers, d: path(markers) ?? '' }
  })
  return {
    sx,
    sy,
    series,
    chance: sy(data.chance),
    xTicks: ks.map((k) => ({ value: k, pos: sx(k) })),
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ value: v, pos: sy(v) })),
  }
}

/** "k = 8: RNN 27%, LSTM 100% (chance 25%)": what a screen reader hears at a delay. */
export function describeK(data: AccuracyByK, index: number): string {
  const pct = (v: number) => `${Math.round(v * 100)}%`
  const parts = MEMORY_CELLS.map((c) => `${SERIES_STYLE[c].label} ${pct(data.accuracy[c][index])}`)
  return `k = ${data.ks[index]}: ${parts.join(', ')} (chance ${pct(data.chance)})`
}
