import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { formatNumber } from '../../lesson/format.ts'
import { activationChart, MARGIN, X_DOMAIN, type ChartInput } from './chart.ts'

interface Props extends ChartInput {
  width: number
  height: number
  label: string
  onX: (x: number) => void
}

const clampX = (x: number) =>
  Math.min(X_DOMAIN[1], Math.max(X_DOMAIN[0], Math.round(x * 100) / 100))

/** The curve f (solid), its slope f′ (dashed), low-slope bands, and a draggable marker at x. */
export function ActivationChart({ width, height, label, onX, ...input }: Props) {
  const g = activationChart(input, width, height)
  const dragging = useRef(false)

  const fromPointer = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    const px = ((e.clientX - box.left) / (box.width || 1)) * width
    onX(clampX(g.sx.invert(px)))
  }
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const step = {
      ArrowRight: 0.1,
      ArrowUp: 0.1,
      ArrowLeft: -0.1,
      ArrowDown: -0.1,
      // No PageUp/PageDown: that is what a presenter's clicker sends, and it must reach the deck.
    }[e.key]
    if (step !== undefined) onX(clampX(input.x + step))
    else if (e.key === 'Home') onX(X_DOMAIN[0])
    else if (e.key === 'End') onX(X_DOMAIN[1])
    else return
    e.preventDefault()
  }

  return (
    <svg
      className="act-chart"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="slider"
      tabIndex={0}
      aria-label={`${label}: drag or use arrow keys to move x`}
      aria-valuemin={X_DOMAIN[0]}
      aria-valuemax={X_DOMAIN[1]}
      aria-valuenow={input.x}
      aria-valuetext={`x = ${formatNumber(input.x, 3)}, f(x) = ${formatNumber(g.value.y)}, slope ${formatNumber(g.value.dy)}`}
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
      {g.bands.map((b, i) => (
        <rect
          key={i}
          className="act-chart__band"
          x={b.x}
          y={MARGIN.top}
          width={b.width}
          height={height - MARGIN.top - MARGIN.bottom}
        />
      ))}
      {g.yTicks.map((t) => (
        <g key={`y${t.value}`} className="act-chart__tick">
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={t.pos} y2={t.pos} />
          <text x={MARGIN.left - 6} y={t.pos} dy="0.32em" textAnchor="end">
            {formatNumber(t.value, 2)}
          </text>
        </g>
      ))}
      {g.xTicks.map((t) => (
        <text
          key={`x${t.value}`}
          className="act-chart__xlabel"
          x={t.pos}
          y={height - MARGIN.bottom + 18}
          textAnchor="middle"
        >
          {formatNumber(t.value, 2)}
        </text>
      ))}
      <line
        className="act-chart__axis"
        x1={MARGIN.left}
        x2={width - MARGIN.right}
        y1={g.zero.y}
        y2={g.zero.y}
      />
      <line
        className="act-chart__axis"
        x1={g.zero.x}
        x2={g.zero.x}
        y1={MARGIN.top}
        y2={height - MARGIN.bottom}
      />
      <path className="act-chart__f" d={g.fPath} />
      {g.dfPath ? <path className="act-chart__df" d={g.dfPath} /> : null}
      <line
        className="act-chart__guide"
        x1={g.marker.x}
        x2={g.marker.x}
        y1={MARGIN.top}
        y2={height - MARGIN.bottom}
      />
      {input.derivative ? (
        <circle
          className="act-chart__dot act-chart__dot--df"
          cx={g.marker.x}
          cy={g.marker.dy}
          r={5}
        />
      ) : null}
      <circle className="act-chart__dot" cx={g.marker.x} cy={g.marker.y} r={6} />
    </svg>
  )
}
