import { useId } from 'react'
import { formatNumber } from '../../lesson/format.ts'
import { BOX, COL, LOSS_Y, X_Y, type GraphColumn, type GraphLayout } from './layout.ts'

const UNITS_PER_EM = 16

interface Props {
  layout: GraphLayout
  /** Colour of a backward arrow by ||dL/dh_t||. */
  gradColor: (v: number) => string
  /** Focuses the backward pass on step t (a click on its column). */
  onPick: (t: number) => void
}

/** The unrolled RNN with the gradient flowing back: arrows right to left, widths by ||dL/dh_t||. */
export function Graph({ layout, gradColor, onPick }: Props) {
  const head = `bptt-head-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const w = layout.width / UNITS_PER_EM
  const midY = BOX.y + BOX.h / 2
  return (
    <svg
      className="bptt__svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      style={{ width: `${w}em`, ['--natural' as string]: `${w}em` }}
      role="img"
      aria-label={`The RNN unrolled over ${layout.columns.length} steps, gradient flowing back`}
    >
      <defs>
        {/* Markers do not inherit a line's colour: one grey head forward, one accent head back. */}
        {(['fwd', 'back'] as const).map((kind) => (
          <marker
            key={kind}
            id={`${head}-${kind}`}
            viewBox="0 0 8 8"
            refX="7"
            refY="4"
            markerUnits="userSpaceOnUse"
            markerWidth={kind === 'fwd' ? 9 : 13}
            markerHeight={kind === 'fwd' ? 9 : 13}
            orient="auto"
          >
            <path d="M0,0 L8,4 L0,8 z" className={`bptt__head--${kind}`} />
          </marker>
        ))}
      </defs>
      <rect x={8} y={BOX.y + 8} width={48} height={BOX.h - 16} rx={8} className="bptt__h0" />
      <text x={32} y={midY + 5} className="bptt__label">
        h₀
      </text>
      {layout.cutX !== null ? (
        <g className="bptt__cut">
          <line x1={layout.cutX} x2={layout.cutX} y1={8} y2={layout.height - 8} />
          <text x={layout.cutX + 4} y={layout.height - 10}>
            cut (k)
          </text>
        </g>
      ) : null}
      {layout.columns.map((c) => (
        <Column key={c.t} c={c} head={head} gradColor={gradColor} onPick={onPick} />
      ))}
    </svg>
  )
}

// One step: the loss above, the cell with ||dL/dh_t||, the input below, arrows both ways.
function Column({
  c,
  head,
  gradColor,
  onPick,
}: {
  c: GraphColumn
  head: string
  gradColor: Props['gradColor']
  onPick: (t: number) => void
}) {
  const mid = c.x + BOX.w / 2
  const left = c.t === 1 ? 56 : c.x - (COL - BOX.w)
  const lit = c.phase !== 'ahead'
  return (
    <g
      className={`bptt__col bptt__col--${c.phase}${c.cut ? ' bptt__col--cut' : ''}`}
      onClick={() => onPick(c.t)}
    >
      <line
        x1={left}
        x2={c.x - 2}
        y1={BOX.y + 12}
        y2={BOX.y + 12}
        className="bptt__fwd"
        markerEnd={`url(#${head}-fwd)`}
      />
      {lit ? (
        <line
          x1={c.x - 2}
          x2={left + 2}
          y1={BOX.y + BOX.h - 12}
          y2={BOX.y + BOX.h - 12}
          stroke={gradColor(c.gradNorm)}
          strokeWidth={c.width}
          className="bptt__back"
          markerEnd={`url(#${head}-back)`}
        >
          <title>{`dL/dh_${c.t} sent back to h_${c.t - 1}: ‖dL/dh_${c.t}‖ = ${c.gradNorm}`}</title>
        </line>
      ) : null}
      {c.hasLoss ? (
        <>
          <circle cx={mid} cy={LOSS_Y} r={16} className="bptt__loss" />
          <text x={mid} y={LOSS_Y + 5} className="bptt__label">
            L{c.t}
          </text>
          {lit ? (
            <line
              x1={mid}
              x2={mid}
              y1={LOSS_Y + 17}
              y2={BOX.y - 2}
              className="bptt__down"
              markerEnd={`url(#${head}-back)`}
            />
          ) : (
            <line
              x1={mid}
              x2={mid}
              y1={BOX.y - 2}
              y2={LOSS_Y + 18}
              className="bptt__fwd"
              markerEnd={`url(#${head}-fwd)`}
            />
          )}
        </>
      ) : null}
      <rect x={c.x} y={BOX.y} width={BOX.w} height={BOX.h} rx={8} className="bptt__box" />
      <text x={mid} y={BOX.y + BOX.h / 2 - 2} className="bptt__label">
        h{c.t}
      </text>
      <text
        x={mid}
        y={BOX.y + BOX.h / 2 + 14}
        className="bptt__norm"
        data-testid={`dh-norm-${c.t}`}
      >
        {lit ? formatNumber(c.gradNorm, 3) : ''}
      </text>
      <line
        x1={mid}
        x2={mid}
        y1={X_Y - 16}
        y2={BOX.y + BOX.h + 2}
        className="bptt__fwd"
        markerEnd={`url(#${head}-fwd)`}
      />
      <text x={mid} y={X_Y} className="bptt__label">
        x{c.t}
      </text>
      {c.truncated ? (
        <text x={mid} y={X_Y + 22} className="bptt__trunc">
          {c.cut ? 'cut' : `k: ${formatNumber(c.truncNorm, 3)}`}
        </text>
      ) : null}
    </g>
  )
}
