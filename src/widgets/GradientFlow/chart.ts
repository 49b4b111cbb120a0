/**
 * Geometry of the gradient-flow plot as data (design principle 6): a linear x scale over the
 * distance T − t, a log y scale over whole decades that always includes 1, one path per curve and
 * the cursor. No DOM, so it is tested directly; FlowChart only maps it to SVG.
 */
import { line, scaleLinear, scaleLog } from 'd3'

export const MARGIN = { top: 24, right: 18, bottom: 38, left: 50 }

/** Colour-blind-safe colours for pinned curves (Okabe & Ito; yellow left out, too pale on white). */
export const PIN_COLOURS = ['#E69F00', '#0072B2', '#009E73', '#D55E00', '#CC79A7'] as const

/** Dash patterns paired with the colours, so pinned curves differ in more than hue. */
export const PIN_DASHES = ['7 4', '2 4', '10 3 2 3', '4 2', '1 3'] as const

/** At most this many pinned curves: more would not be told apart. */
export const MAX_PINS = PIN_COLOURS.length

/** A curve to draw: norms[k] for k = 0..T. */
export interface Series {
  id: string
  norms: readonly number[]
}

const usable = (v: number) => v > 0 && Number.isFinite(v)

/** Decade exponents [lo, hi] spanning every usable value and 1, at least 10⁻¹ to 10¹. */
export function decadeRange(series: readonly Series[]): [number, number] {
  let lo = -1
  let hi = 1
  for (const s of series)
    for (const v of s.norms)
      if (usable(v)) {
        lo = Math.min(lo, Math.floor(Math.log10(v)))
        hi = Math.max(hi, Math.ceil(Math.log10(v)))
      }
  return [lo, hi]
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** 10ⁿ written the way a board shows it ("1" for n = 0, "10⁻⁵"). */
export function decadeLabel(n: number): string {
  if (n === 0) return '1'
  if (n === 1) return '10'
  const digits = String(Math.abs(n)).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)])
  return `10${n < 0 ? '⁻' : ''}${digits}`
}

/** Everything the view draws, in pixels; `cursor` is the distance T − t being read. */
export function flowChart(
  series: readonly Series[],
  width: number,
  height: number,
  cursor: number,
) {
  const maxK = Math.max(1, ...series.map((s) => s.norms.length - 1))
  const [lo, hi] = decadeRange(series)
  const sx = scaleLinear()
    .domain([0, maxK])
    .range([MARGIN.left, width - MARGIN.right])
  const sy = scaleLog()
    .domain([10 ** lo, 10 ** hi])
    .range([height - MARGIN.bottom, MARGIN.top])
  const room = Math.max(2, Math.floor((height - MARGIN.top - MARGIN.bottom) / 28))
  const every = Math.ceil((hi - lo) / room)
  const yTicks: Array<{ exponent: number; pos: number; label: string }> = []
  for (let n = Math.ceil(lo / every) * every; n <= hi; n += every)
    yTicks.push({ exponent: n, pos: sy(10 ** n), label: decadeLabel(n) })
  // A dead gradient (exactly 0) has no place on a log axis: the path breaks instead.
  const path = line<number>()
    .defined(usable)
    .x((_, k) => sx(k))
    .y((v) => sy(v))
  const k = Math.min(Math.max(0, Math.round(cursor)), maxK)
  return {
    sx,
    sy,
    xTicks: sx.ticks(width < 420 ? 5 : 10).map((v) => ({ value: v, pos: sx(v) })),
    yTicks,
    one: sy(1),
    paths: series.map((s) => ({ id: s.id, d: path([...s.norms]) ?? '' })),
    cursor: {
      k,
      x: sx(k),
      points: series
        .filter((s) => k < s.norms.length && usable(s.norms[k]))
        .map((s) => ({ id: s.id, y: sy(s.norms[k]) })),
    },
  }
}
