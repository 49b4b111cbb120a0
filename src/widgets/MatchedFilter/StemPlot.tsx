import type { ReactNode } from 'react'
import { formatNumber } from '../../lesson/format.ts'
import { MARGIN, stemPlot, type StemGeometry } from './chart.ts'

interface Props {
  /** The values, drawn as stems at indices 0, 1, …. */
  values: readonly number[]
  /** How many samples the shared index axis spans (the signal's length). */
  length: number
  width: number
  height: number
  /** What the plot shows, for screen readers. */
  label: string
  /** Stems drawn emphasised (the probe's samples or output). */
  emphasis?: (i: number) => boolean
  /** Marks drawn under the stems (bands) and over them (markers), given the plot's geometry. */
  under?: (g: StemGeometry) => ReactNode
  over?: (g: StemGeometry) => ReactNode
}

/** A stem plot with a zero line and sparse ticks; overlays come from the caller. */
export function StemPlot({ values, length, width, height, label, emphasis, under, over }: Props) {
  const g = stemPlot(values, length, width, height)
  return (
    <svg
      className="mf-plot"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
    >
      {g.yTicks.map((t) => (
        <g key={`y${t.value}`} className="mf-plot__tick">
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={t.pos} y2={t.pos} />
          <text x={MARGIN.left - 6} y={t.pos} dy="0.32em" textAnchor="end">
            {formatNumber(t.value, 2)}
          </text>
        </g>
      ))}
      {g.xTicks.map((t) => (
        <text
          key={`x${t.value}`}
          className="mf-plot__xlabel"
          x={t.pos}
          y={height - MARGIN.bottom + 16}
          textAnchor="middle"
        >
          {t.value}
        </text>
      ))}
      {under?.(g)}
      <line
        className="mf-plot__axis"
        x1={MARGIN.left}
        x2={width - MARGIN.right}
        y1={g.zero}
        y2={g.zero}
      />
      {g.stems.map((s) => (
        <g key={s.i} className={`mf-stem${emphasis?.(s.i) ? ' mf-stem--on' : ''}`}>
          <title>{`${s.i}: ${s.value}`}</title>
          <line x1={s.x} x2={s.x} y1={g.zero} y2={s.y} />
          <circle cx={s.x} cy={s.y} r={Math.max(1.5, Math.min(3.5, g.unit / 4))} />
        </g>
      ))}
      {over?.(g)}
    </svg>
  )
}
