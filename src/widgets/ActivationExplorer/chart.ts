/**
 * Geometry of the activation chart as data (design principle 6): scales, tick positions, the two
 * curve paths, the low-slope bands and the marker, from params and a size. No DOM, so it is tested
 * directly; the view only maps it to SVG.
 */
import { line, scaleLinear } from 'd3'
import { activations, type ActivationName } from '../../engine/activations.ts'

/** Below this slope a gradient passing through the unit shrinks at least twentyfold. */
export const SATURATION_SLOPE = 0.05

export const X_DOMAIN: [number, number] = [-6, 6]

/** The settings the chart depends on. */
export interface ChartInput {
  fn: ActivationName
  slope: number
  x: number
  derivative: boolean
}

export const MARGIN = { top: 14, right: 16, bottom: 30, left: 40 }

function yDomain(fn: ActivationName): [number, number] {
  return fn === 'relu' || fn === 'leakyRelu' ? [-1.5, 6] : [-1.2, 1.2]
}

/** Value and slope of the chosen activation at x, computed by the engine. */
export function evaluateAt(input: Pick<ChartInput, 'fn' | 'slope'>, x: number) {
  const a = activations[input.fn]
  return { y: a.f(x, input.slope), dy: a.df(x, input.slope) }
}

/** Runs of x where the slope is below SATURATION_SLOPE, as [from, to] intervals. */
export function lowSlopeBands(
  input: Pick<ChartInput, 'fn' | 'slope'>,
  samples = 1201,
): Array<[number, number]> {
  const bands: Array<[number, number]> = []
  const [lo, hi] = X_DOMAIN
  let start: number | null = null
  for (let i = 0; i < samples; i++) {
    const x = lo + ((hi - lo) * i) / (samples - 1)
    const low = Math.abs(evaluateAt(input, x).dy) < SATURATION_SLOPE
    if (low && start === null) start = x
    if ((!low || i === samples - 1) && start !== null) {
      bands.push([start, x])
      start = null
    }
  }
  return bands
}

/** Everything the view draws, in pixels. */
export function activationChart(input: ChartInput, width: number, height: number) {
  const sx = scaleLinear()
    .domain(X_DOMAIN)
    .range([MARGIN.left, width - MARGIN.right])
  const sy = scaleLinear()
    .domain(yDomain(input.fn))
    .range([height - MARGIN.bottom, MARGIN.top])
  const xs = Array.from(
    { length: 481 },
    (_, i) => X_DOMAIN[0] + ((X_DOMAIN[1] - X_DOMAIN[0]) * i) / 480,
  )
  const curve = (values: number[]) =>
    line<number>()
      .x((_, i) => sx(xs[i]))
      .y((v) => sy(v))(values) ?? ''
  const fPath = curve(xs.map((x) => evaluateAt(input, x).y))
  const dfPath = input.derivative ? curve(xs.map((x) => evaluateAt(input, x).dy)) : ''
  const at = evaluateAt(input, input.x)
  return {
    sx,
    sy,
    xTicks: sx.ticks(width < 420 ? 6 : 12).map((v) => ({ value: v, pos: sx(v) })),
    yTicks: sy.ticks(6).map((v) => ({ value: v, pos: sy(v) })),
    fPath,
    dfPath,
    bands: lowSlopeBands(input).map(([a, b]) => ({ x: sx(a), width: sx(b) - sx(a) })),
    marker: { x: sx(input.x), y: sy(at.y), dy: sy(at.dy) },
    zero: { x: sx(0), y: sy(0) },
    value: at,
  }
}
