import type { KeyboardEvent } from 'react'
import type { AccuracyByK } from '../../train/tasks/long-memory/meta.ts'
import { accuracyChart, describeK, MARGIN, SERIES_STYLE } from './model.ts'

interface Props {
  data: AccuracyByK
  width: number
  height: number
  /** Index of the delay being read (into data.ks). */
  cursor: number
  onCursor: (index: number) => void
}

/** Validation accuracy against the delay k, one curve per cell, with the chance line; arrow keys read a k. */
export function AccuracyChart({ data, width, height, cursor, onCursor }: Props) {
  const g = accuracyChart(data, width, height)
  const last = data.ks.length - 1
  const at = Math.min(Math.max(0, cursor), last)
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const move = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[e.key]
    if (move !== undefined) onCursor(Math.min(last, Math.max(0, at + move)))
    else if (e.key === 'Home') onCursor(0)
    else if (e.key === 'End') onCursor(last)
    else return
    e.preventDefault()
  }
  const bottom = height - MARGIN.bottom
  const x = g.xTicks[at].pos
  return (
    <svg
      className="mem-chart"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="slider"
      tabIndex={0}
      aria-label="Validation accuracy against the delay k; arrow keys read one k"
      aria-valuemin={data.ks[0]}
      aria-valuemax={data.ks[last]}
      aria-valuenow={data.ks[at]}
      aria-valuetext={describeK(data, at)}
      onKeyDown={onKey}
    >
      {g.yTicks.map((t) => (
        <g key={t.value} className="mem-chart__tick">
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={t.pos} y2={t.pos} />
          <text x={MARGIN.left - 6} y={t.pos} dy="0.32em" textAnchor="end">
            {Math.round(t.value * 100)}%
          </text>
        </g>
      ))}
      {g.xTicks.map((t, i) => (
        <text
          key={t.value}
          className={i === at ? 'mem-chart__xlabel mem-chart__xlabel--on' : 'mem-chart__xlabel'}
          x={t.pos}
          y={bottom + 16}
          textAnchor="middle"
          onClick={() => onCursor(i)}
        >
          {t.value}
        </text>
      ))}
      <text className="mem-chart__title" x={width - MARGIN.right} y={height - 4} textAnchor="end">
        {width < 520
          ? 'delay k, log scale'
          : 'delay k (steps between the symbol and the question), log scale'}
      </text>
      <line className="mem-chart__guide" x1={x} x2={x} y1={MARGIN.top} y2={bottom} />
      <line
        className="mem-chart__chance"
        x1={MARGIN.left}
        x2={width - MARGIN.right}
        y1={g.chance}
        y2={g.chance}
      />
      <text className="mem-chart__chance-label" x={MARGIN.left + 4} y={g.chance + 15}>
        chance, 1/{data.symbols}
      </text>
      {g.series.map((s) => {
        const style = SERIES_STYLE[s.cell]
        return (
          <g key={s.cell} className={`mem-chart__series mem-chart__series--${s.cell}`}>
            <path d={s.d} stroke={style.colour} strokeDasharray={style.dash} fill="none" />
            {s.markers.map((m) =>
              s.cell === 'rnn' ? (
                <rect
                  key={m.k}
                  x={m.x - 4.5}
                  y={m.y - 4.5}
                  width={9}
                  height={9}
                  fill={style.colour}
                />
              ) : (
                <circle key={m.k} cx={m.x} cy={m.y} r={5} fill={style.colour} />
              ),
            )}
          </g>
        )
      })}
    </svg>
  )
}
