import type { KeyboardEvent } from 'react'
import { formatNumber } from '../../lesson/format.ts'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import { inkOn } from '../../viz/colors.ts'

interface Props {
  /** Running totals on the whole canvas after the current stamp, and stamps per cell. */
  values: number[][]
  counts: number[][]
  /** Canvas cells ("r,c") the current stamp covers. */
  stamp: Set<string>
  /** The output's place in the canvas: `start` rows and columns in, `size` wide. */
  crop: { start: number; size: number }
  color: (v: number) => string
  /** The colour scale's end: the largest |value| of the finished canvas. */
  scale: number
  /** Names the stamping input cell, for the focusable group's label. */
  where: string
  /** Arrow keys choose the stamping input cell. */
  onKey: (e: KeyboardEvent<HTMLElement>) => void
}

// Output coordinates count from 0 at the crop's corner, so cut-away rows are negative.
const label = (i: number) => String(i).replace('-', '−')

interface CellProps {
  /** Output coordinates of the cell. */
  at: [number, number]
  value: number
  count: number
  current: boolean
  cut: boolean
  color: (v: number) => string
}

/** One canvas cell: its running sum, and how many stamps added to it. */
function CanvasCell({ at, value, count, current, cut, color }: CellProps) {
  const text = count ? formatNumber(value, 3) : '·'
  const fill = count ? color(value) : undefined
  const name = `row ${label(at[0])} column ${label(at[1])}`
  const stamps = count
    ? `, sum of ${count} ${count === 1 ? 'stamp' : 'stamps'}`
    : ', not stamped yet'
  const tail = `${stamps}${cut ? ', cropped away' : ''}`
  const className = [
    'stamp-cell',
    count === 0 && 'stamp-cell--empty',
    current && 'stamp-cell--current',
    count > 1 && 'stamp-cell--overlap',
    cut && 'stamp-cell--cut',
    text.length > 4 && 'stamp-cell--long',
  ]
  return (
    <span
      role="gridcell"
      className={className.filter(Boolean).join(' ')}
      style={fill ? { background: fill, color: inkOn(fill) } : undefined}
      aria-label={`${name}: ${formatNumber(value, 6)}${tail}`}
      title={`${name}: ${value}${tail}`}
    >
      <span className="stamp-value">{text}</span>
      {count > 1 ? <span className="stamp-count">×{count}</span> : null}
    </span>
  )
}

/**
 * The whole canvas the stamps cover, before the padding crops it: running totals, the current
 * stamp outlined, cells reached by two or more stamps badged with their count (those values are
 * sums), and the output PyTorch returns framed by a dashed line.
 */
export function StampCanvas({ values, counts, stamp, crop, color, scale, where, onKey }: Props) {
  const n = values.length
  const p = crop.start
  const inside = (i: number) => i >= p && i < p + crop.size
  return (
    <section className="conv-panel" aria-label="Canvas">
      <h4 className="conv-panel__title">
        Stamped so far
        <span className="conv-panel__shape">
          {n}×{n}
        </span>
      </h4>
      <div
        className="conv-scroll stamp-canvas"
        tabIndex={0}
        role="group"
        aria-label={`Stamped canvas, ${where}: arrow keys choose the input cell`}
        onKeyDown={(e) => e.target === e.currentTarget && onKey(e)}
      >
        <div
          className="stamp-grid"
          role="grid"
          aria-label="Canvas"
          style={{ gridTemplateColumns: `auto repeat(${n}, var(--cell))` }}
        >
          <div role="row" className="stamp-row">
            <span role="columnheader" className="stamp-head" />
            {values.map((_, c) => (
              <span key={c} role="columnheader" className="stamp-head">
                {label(c - p)}
              </span>
            ))}
          </div>
          {values.map((row, r) => (
            <div key={r} role="row" className="stamp-row">
              <span role="rowheader" className="stamp-head">
                {label(r - p)}
              </span>
              {row.map((v, c) => (
                <CanvasCell
                  key={c}
                  at={[r - p, c - p]}
                  value={v}
                  count={counts[r][c]}
                  current={stamp.has(`${r},${c}`)}
                  cut={!(inside(r) && inside(c))}
                  color={color}
                />
              ))}
            </div>
          ))}
          {crop.size > 0 ? (
            <div
              className="stamp-crop"
              aria-hidden="true"
              style={{
                gridRow: `${p + 2} / span ${crop.size}`,
                gridColumn: `${p + 2} / span ${crop.size}`,
              }}
            />
          ) : null}
        </div>
      </div>
      <p className="stamp-note">
        Dashed frame: the output{p > 0 ? `, ${p} cut off each side` : ''}. ×n: n stamps added here.
      </p>
      <ColorLegend color={color} min={-scale} max={scale} label="output value" />
    </section>
  )
}
