/**
 * Geometry of the two aligned stem plots (signal above, output below) as data: one index scale
 * over the signal's samples, so output n sits right under the window that starts at sample n.
 */
import { line, scaleLinear } from 'd3'
import { maxAbs } from '../../viz/colors.ts'

export const MARGIN = { top: 12, right: 12, bottom: 24, left: 44 }

/** Sample index -> x pixel, shared by both plots (each sample owns one unit of width). */
export function indexScale(length: number, width: number) {
  return scaleLinear()
    .domain([-0.5, length - 0.5])
    .range([MARGIN.left, width - MARGIN.right])
}

/** Stems, ticks and helpers for one plot of `values` drawn at indices 0, 1, … of a `length` axis. */
export function stemPlot(values: readonly number[], length: number, width: number, height: number) {
  const sx = indexScale(length, width)
  const top = maxAbs(values, 1e-6) * 1.1
  const sy = scaleLinear()
    .domain([-top, top])
    .range([height - MARGIN.bottom, MARGIN.top])
    .nice(4)
  const unit = sx(1) - sx(0)
  return {
    sx,
    sy,
    zero: sy(0),
    /** One sample's width in pixels, so marks and bands cover whole samples. */
    unit,
    stems: values.map((value, i) => ({ i, x: sx(i), y: sy(value), value })),
    yTicks: sy.ticks(height < 150 ? 2 : 4).map((value) => ({ value, pos: sy(value) })),
    xTicks: sx
      .ticks(width < 420 ? 5 : 10)
      .filter((v) => Number.isInteger(v) && v >= 0 && v < length)
      .map((value) => ({ value, pos: sx(value) })),
    /** The horizontal extent of samples from … from+count−1, in pixels. */
    band: (from: number, count: number) => ({ x: sx(from - 0.5), width: count * unit }),
    /** A polyline through values placed at indices 0, 1, …. */
    path: (ys: readonly number[]) =>
      line<number>()
        .x((_, i) => sx(i))
        .y((v) => sy(v))(ys as number[]) ?? '',
  }
}

/** What stemPlot returns. */
export type StemGeometry = ReturnType<typeof stemPlot>
