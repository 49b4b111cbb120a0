import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { formatNumber } from '../../lesson/format.ts'
import { flowChart, MARGIN, type Series } from './chart.ts'

/** A curve with how to draw it; the current curve has no colour index. */
export interface DrawnSeries extends Series {
  colour: string
  dash?: string
  current?: boolean
}

interface Props {
  series: readonly DrawnSeries[]
  width: number
  height: number
  /** The distance T − t being read, and the current curve's length T. */
  cursor: number
  length: number
  /** The current curve's value at the cursor, for screen readers. */
  valueAtCursor: number
  onCursor: (k: number) => void
}

/** The log-scale plot of ||dh_T/dh_t|| against T − t; a slider over T − t from the keyboard. */
export function FlowChart({
  series,
  width,
  height,
  cursor,
  length,
  valueAtCursor,
  onCursor,
}: Props) {
  const g = flowChart(series, width, height, cursor)
  const dragging = useRef(false)
  const clamp = (k: number) => Math.min(length, Math.max(0, Math.round(k)))

  const fromPointer = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    onCursor(clamp(g.sx.invert(((e.clientX - box.left) / (box.width || 1)) * width)))
  }
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    // No PageUp/PageDown: a presenter's clicker sends those, and they must reach the deck.
    const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[e.key]
    if (step !== undefined) onCursor(clamp(cursor + step * (e.shiftKey ? 10 : 1)))
    else if (e.key === 'Home') onCursor(0)
    else if (e.key === 'End') onCursor(length)
    else return
    e.preventDefault()
  }
  const bottom = height - MARGIN.bottom

  return (
    <svg
      className="gf-chart"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="slider"
      tabIndex={0}
      aria-label="Gradient norm against steps back: drag or use arrow keys to read T − t"
      aria-valuemin={0}
      aria-valuemax={length}
      aria-valuenow={cursor}
      aria-valuetext={`T − t = ${cursor}: norm ${formatNumber(valueAtCursor)}`}
      onKeyDown={onKey}
      onPointerDown={(e) => {
        dragging.current = true
        e.currentTarget.setPointerCapture?.(e.pointerId)
        fromPointer(e)
      }}
      onPointerMove={(e) => dragging.current && fromPointer(e)}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
    >
      {g.yTicks.map((t) => (
        <g key={t.exponent} className="gf-chart__tick">
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={t.pos} y2={t.pos} />
          <text x={MARGIN.left - 6} y={t.pos} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
      {g.xTicks.map((t) => (
        <text
          key={t.value}
          className="gf-chart__xlabel"
          x={t.pos}
          y={bottom + 16}
          textAnchor="middle"
        >
          {t.value}
        </text>
      ))}
      <text className="gf-chart__title" x={MARGIN.left + 4} y={12}>
        ‖∂h<tspan className="gf-chart__sub">T</tspan>/∂h
        <tspan className="gf-chart__sub">t</tspan>‖, log scale
      </text>
      <text className="gf-chart__title" x={width - MARGIN.right} y={height - 4} textAnchor="end">
        steps back, T − t
      </text>
      <line
        className="gf-chart__axis"
        x1={MARGIN.left}
        x2={width - MARGIN.right}
        y1={bottom}
        y2={bottom}
      />
      <line
        className="gf-chart__one"
        x1={MARGIN.left}
        x2={width - MARGIN.right}
        y1={g.one}
        y2={g.one}
      />
      {g.paths.map((p, i) => (
        <path
          key={p.id}
          className={
            series[i].current ? 'gf-chart__curve gf-chart__curve--current' : 'gf-chart__curve'
          }
          d={p.d}
          stroke={series[i].colour}
          strokeDasharray={series[i].dash}
        />
      ))}
      <line
        className="gf-chart__guide"
        x1={g.cursor.x}
        x2={g.cursor.x}
        y1={MARGIN.top}
        y2={bottom}
      />
      {g.cursor.points.map((p) => (
        <circle
          key={p.id}
          className="gf-chart__dot"
          cx={g.cursor.x}
          cy={p.y}
          r={4.5}
          fill={series.find((s) => s.id === p.id)?.colour}
        />
      ))}
    </svg>
  )
}
