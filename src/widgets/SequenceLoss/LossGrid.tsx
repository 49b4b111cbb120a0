import { useRef, useState, type KeyboardEvent } from 'react'
import { formatNumber } from '../../lesson/format.ts'
import { inkOn } from '../../viz/colors.ts'
import { cellKey, moveCell, oneHotLabel, type LossCell, type LossTable } from './model.ts'

interface Props {
  table: LossTable
  /** Fill for a per-step loss term. */
  termColor: (v: number) => string
  /** Pads or unpads cell (n, t). */
  onToggle: (key: string) => void
}

function describe(cell: LossCell, n: number, t: number): string {
  const where = `Instance ${n + 1}, step ${t + 1}`
  if (cell.padded) return `${where}: padded, target −1, adds nothing`
  return `${where}: target ${oneHotLabel(cell.target)}, p of target ${formatNumber(cell.probs[cell.target], 3)}, term ${formatNumber(cell.term!, 3)}`
}

/**
 * The mini-batch as a table (rows: instances, columns: steps). Every cell is a toggle button
 * (click, Enter or Space pads or unpads it); one tab stop, arrow keys move between cells.
 */
export function LossGrid({ table, termColor, onToggle }: Props) {
  const [focus, setFocus] = useState<[number, number]>([0, 0])
  const root = useRef<HTMLTableElement>(null)
  const steps = table.cells[0].length
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, n: number, t: number) => {
    const to = moveCell(e.key, n, t, table.batch, steps)
    if (!to) return
    e.preventDefault()
    setFocus(to)
    root.current?.querySelector<HTMLButtonElement>(`[data-cell="${cellKey(...to)}"]`)?.focus()
  }
  return (
    <div className="seqloss__scroll" role="region" aria-label="Mini-batch loss table" tabIndex={-1}>
      <table className="seqloss__table" ref={root}>
        <thead>
          <tr>
            <th scope="col">m</th>
            {Array.from({ length: steps }, (_, t) => (
              <th scope="col" key={t}>
                step {t + 1}
              </th>
            ))}
            <th scope="col">Loss_m</th>
          </tr>
        </thead>
        <tbody>
          {table.cells.map((row, n) => (
            <tr key={n}>
              <th scope="row">{n + 1}</th>
              {row.map((cell, t) => {
                const key = cellKey(n, t)
                const fill = cell.term === null ? undefined : termColor(cell.term)
                const [fn, ft] = focus
                return (
                  <td key={t}>
                    <button
                      type="button"
                      data-cell={key}
                      className={`seqloss__cell${cell.padded ? ' is-padded' : ''}`}
                      style={fill ? { background: fill, color: inkOn(fill) } : undefined}
                      tabIndex={fn === n && ft === t ? 0 : -1}
                      aria-pressed={cell.padded}
                      title={cell.term === null ? 'padded' : `−log p = ${cell.term}`}
                      onClick={() => onToggle(key)}
                      onFocus={() => setFocus([n, t])}
                      onKeyDown={(e) => onKey(e, n, t)}
                    >
                      {/* The name is what the cell shows, after where it is and what it means. */}
                      <span className="visually-hidden">{describe(cell, n, t)}. Shows: </span>
                      <CellBody cell={cell} />
                    </button>
                  </td>
                )
              })}
              <td
                className="seqloss__sum"
                data-testid={`row-sum-${n + 1}`}
                title={String(table.rowSums[n])}
              >
                {formatNumber(table.rowSums[n], 4)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

// What one cell shows: the target (or the pad marker) and p(target) on top, -log p(target) below.
function CellBody({ cell }: { cell: LossCell }) {
  return (
    <>
      <span className="seqloss__top">
        <span className="seqloss__target">
          {cell.padded ? '−1' : oneHotLabel(cell.target)}
          {cell.fromLecture || cell.padded ? null : <sup title="drawn from the seed">†</sup>}
        </span>
        <span className="seqloss__p">
          {cell.padded ? 'pad' : `p ${formatNumber(cell.probs[cell.target], 3)}`}
        </span>
      </span>
      <span className="seqloss__term">{cell.term === null ? '—' : formatNumber(cell.term, 3)}</span>
    </>
  )
}
