import { useId } from 'react'
import { formatNumber } from '../../lesson/format.ts'
import { COL, type Column, type Square, type UnrollLayout } from './layout.ts'

const UNITS_PER_EM = 16

interface Props {
  layout: UnrollLayout
  hColor: (v: number) => string
  pColor: (v: number) => string
  wColor: (v: number) => string
  /** Moves the focus to step t (a click on its column). */
  onPick: (t: number) => void
}

function squares(list: Square[], color: (v: number) => string, name: string) {
  return list.map((s, i) => (
    <rect
      key={i}
      x={s.x}
      y={s.y}
      width={s.size}
      height={s.size}
      fill={color(s.value)}
      className="unroll__sq"
    >
      <title>{`${name}${list.length > 1 ? ` ${i + 1}` : ''} = ${formatNumber(s.value)}`}</title>
    </rect>
  ))
}

/** The unrolled graph: inputs below, one shared cell per step, h_t flowing right, p(next) above. */
export function Unrolled({ layout, hColor, pColor, wColor, onPick }: Props) {
  const head = `unroll-head-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const w = layout.width / UNITS_PER_EM
  return (
    <svg
      className="unroll__svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      style={{ width: `${w}em`, ['--natural' as string]: `${w}em` }}
      role="img"
      aria-label={`The RNN unrolled over ${layout.columns.length} steps`}
    >
      <defs>
        <marker
          id={head}
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0,0 L8,4 L0,8 z" className="unroll__head" />
        </marker>
      </defs>
      {/* p = 1 and p = 0: bars are drawn on the full scale, so near-uniform guesses look short. */}
      <line
        x1={54}
        x2={layout.width - 4}
        y1={layout.barTop}
        y2={layout.barTop}
        className="unroll__guide"
      />
      <line
        x1={54}
        x2={layout.width - 4}
        y1={layout.barBase}
        y2={layout.barBase}
        className="unroll__guide"
      />
      <text x={50} y={layout.barTop + 4} className="unroll__guide-label">
        p = 1
      </text>
      <text x={50} y={layout.barBase + 4} className="unroll__guide-label">
        0
      </text>
      <g className="unroll__h0">
        {squares(layout.h0, hColor, 'h_0')}
        <text x={19} y={layout.flowY + 52}>
          h₀
        </text>
      </g>
      {layout.flows.map(([x1, x2], k) => (
        <line
          key={k}
          x1={x1}
          x2={x2 - 2}
          y1={layout.flowY}
          y2={layout.flowY}
          className="unroll__flow"
          markerEnd={`url(#${head})`}
        />
      ))}
      {layout.columns.map((c) => (
        <StepColumn
          key={c.t}
          c={c}
          layout={layout}
          head={head}
          colors={{ hColor, pColor, wColor }}
          onPick={onPick}
        />
      ))}
    </svg>
  )
}

interface ColumnProps {
  c: Column
  layout: UnrollLayout
  /** Id of the arrowhead marker. */
  head: string
  colors: Pick<Props, 'hColor' | 'pColor' | 'wColor'>
  onPick: (t: number) => void
}

// One time step: next-character bars, the shared cell with h_t inside, the one-hot input below.
function StepColumn({ c, layout, head, colors, onPick }: ColumnProps) {
  const mid = c.x + COL / 2
  return (
    <g className={`unroll__col unroll__col--${c.state}`} onClick={() => onPick(c.t)}>
      {c.bars.map((b) => (
        <g key={b.char}>
          <rect
            x={b.x}
            y={b.y}
            width={b.width}
            height={Math.max(b.height, 0.5)}
            fill={colors.pColor(b.p)}
            className={b.isNext ? 'unroll__bar unroll__bar--next' : 'unroll__bar'}
          >
            <title>{`p(${b.char}) = ${formatNumber(b.p)}${b.isNext ? ', the real next character' : ''}`}</title>
          </rect>
          <text
            x={b.x + b.width / 2}
            y={layout.letterY}
            className={b.isNext ? 'unroll__letter unroll__letter--next' : 'unroll__letter'}
          >
            {b.char}
          </text>
        </g>
      ))}
      <line
        x1={mid}
        x2={mid}
        y1={c.box.y - 2}
        y2={layout.letterY + 8}
        className="unroll__up"
        markerEnd={`url(#${head})`}
      />
      <rect {...c.box} rx={10} className="unroll__box" />
      {squares(c.weights, colors.wColor, 'W_hh entry')}
      <text x={c.box.x + c.box.width - 8} y={c.box.y + 20} className="unroll__tanh">
        tanh
      </text>
      {squares(c.hidden, colors.hColor, `h_${c.t}`)}
      <line
        x1={mid}
        x2={mid}
        y1={layout.inputY - 4}
        y2={c.box.y + c.box.height + 2}
        className="unroll__up"
        markerEnd={`url(#${head})`}
      />
      {squares(c.input, (v) => (v ? 'var(--ink)' : 'var(--paper)'), `x_${c.t}`)}
      <text x={mid} y={layout.charY} className="unroll__char">
        {c.char}
      </text>
    </g>
  )
}
