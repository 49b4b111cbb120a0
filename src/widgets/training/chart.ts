/**
 * Geometry of a metric chart, as data: scales, ticks and the polyline of each series, so the canvas
 * component only strokes what this returns and the layout can be tested without a DOM.
 */
import { scaleLinear } from 'd3'
import type { Point } from '../../train/history.ts'

/** Which number of a point a chart plots. */
export type Metric = 'loss' | 'accuracy'

export interface ChartGeometry {
  /** Pixel coordinates, one polyline per series (train, validation). */
  train: Array<[number, number]>
  validation: Array<[number, number]>
  xTicks: Array<{ x: number; label: string }>
  yTicks: Array<{ y: number; label: string }>
  /** Pixel x of the current step (a line after a rewind shows where the run stands). */
  cursor: number | null
  plot: { left: number; top: number; right: number; bottom: number }
}

// The right margin leaves room for half of the last step label ("2000") centred on the axis end.
const MARGIN = { left: 44, right: 18, top: 8, bottom: 22 }

const valueOf = (metric: Metric) => (p: Point) => (metric === 'loss' ? p[1] : p[2])

/** Lays out a chart of `metric` for both series over steps 0..max(budget, last step). */
export function chartGeometry(
  train: readonly Point[],
  validation: readonly Point[],
  metric: Metric,
  size: { width: number; height: number },
  budget: number,
  step: number,
): ChartGeometry {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: Math.max(MARGIN.left + 10, size.width - MARGIN.right),
    bottom: Math.max(MARGIN.top + 10, size.height - MARGIN.bottom),
  }
  const value = valueOf(metric)
  const lastStep = Math.max(budget, step, train.at(-1)?.[0] ?? 0, 1)
  const x = scaleLinear().domain([0, lastStep]).range([plot.left, plot.right])
  const values = [...train, ...validation]
    .map(value)
    .filter((v): v is number => v !== null && Number.isFinite(v))
  // An empty run still gets a readable axis (0 to 1) rather than a squashed one.
  const top = metric === 'accuracy' || values.length === 0 ? 1 : Math.max(1e-9, ...values)
  const y = scaleLinear().domain([0, top]).nice(4).range([plot.bottom, plot.top])
  const line = (points: readonly Point[]) =>
    points.flatMap((p): Array<[number, number]> => {
      const v = value(p)
      return v === null || !Number.isFinite(v) ? [] : [[x(p[0]), y(v)]]
    })
  return {
    train: line(train),
    validation: line(validation),
    xTicks: x.ticks(4).map((t) => ({ x: x(t), label: String(t) })),
    yTicks: y.ticks(4).map((t) => ({
      y: y(t),
      label: metric === 'accuracy' ? `${Math.round(t * 100)}%` : String(t),
    })),
    cursor: step < (train.at(-1)?.[0] ?? 0) ? x(step) : null,
    plot,
  }
}
