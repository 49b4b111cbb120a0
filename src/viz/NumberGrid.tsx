import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react'
import { formatNumber } from '../lesson/format.ts'
import { inkOn } from './colors.ts'
import { parseMatrix, parseNumber } from './parseNumbers.ts'
import './grid.css'

/** How a cell is marked: part of the current window, the cell being computed, zero padding. */
export type CellMark = 'window' | 'active' | 'padding' | 'source' | null

interface Props {
  /** The values, row by row. */
  values: readonly (readonly number[])[]
  /** Names the grid for screen readers and in messages ("Input", "Kernel"). */
  label: string
  /** Cells become text fields; a typo is refused in place with a message. */
  onEdit?: (row: number, col: number, value: number) => void
  /** A pasted block of numbers, starting at the focused cell's grid (the widget decides what fits). */
  onPaste?: (rows: number[][]) => void
  color?: (value: number) => string
  mark?: (row: number, col: number) => CellMark
  digits?: number
  onCellFocus?: (row: number, col: number) => void
  onCellLeave?: () => void
}

/**
 * A grid of numbers, optionally editable: arrow keys move between cells, a hover or focus shows the
 * full-precision value, colours follow the given scale. Rendering only; the numbers come from the
 * engine through the widget.
 */
export function NumberGrid({
  values,
  label,
  onEdit,
  onPaste,
  color,
  mark,
  digits = 3,
  onCellFocus,
  onCellLeave,
}: Props) {
  const root = useRef<HTMLDivElement>(null)
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const cols = values[0]?.length ?? 0

  const focusCell = (r: number, c: number) => {
    const el = root.current?.querySelector<HTMLElement>(`[data-cell="${r}-${c}"]`)
    el?.focus()
  }

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, r: number, c: number) => {
    const input = e.currentTarget instanceof HTMLInputElement ? e.currentTarget : null
    const atStart = !input || (input.selectionStart === 0 && input.selectionEnd === 0)
    const atEnd = !input || input.selectionStart === input.value.length
    const moves: Record<string, [number, number] | null> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      ArrowLeft: atStart ? [r, c - 1] : null,
      ArrowRight: atEnd ? [r, c + 1] : null,
      Enter: input ? [r + 1, c] : null,
    }
    // Enter commits first and stays put on a typo, so its message is not lost to the next cell.
    if (e.key === 'Enter' && input && !commit(r, c, input.value)) {
      e.preventDefault()
      return
    }
    const to = moves[e.key]
    if (!to) return
    const [nr, nc] = to
    if (nr < 0 || nc < 0 || nr >= values.length || nc >= cols) return
    e.preventDefault()
    focusCell(nr, nc)
  }

  /** Applies a cell's text; false (and a message) when it is not a number. */
  const commit = (r: number, c: number, text: string): boolean => {
    const key = `${r}-${c}`
    const parsed = parseNumber(text)
    if (!parsed.ok) {
      setError(`${label}, row ${r + 1}, column ${c + 1}: ${parsed.message}`)
      setDrafts((d) => ({ ...d, [key]: text }))
      return false
    }
    setError(null)
    setDrafts((d) => {
      const next = { ...d }
      delete next[key]
      return next
    })
    if (parsed.value !== values[r][c]) onEdit?.(r, c, parsed.value)
    return true
  }

  const paste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text')
    if (!onPaste || !/[\s,;]/.test(text.trim())) return // a single number: let the field take it
    e.preventDefault()
    const parsed = parseMatrix(text)
    if (!parsed.ok) setError(`${label}: ${parsed.message}`)
    else {
      setError(null)
      setDrafts({})
      onPaste(parsed.rows)
    }
  }

  return (
    <div className="grid-wrap">
      <div
        ref={root}
        className="number-grid"
        role="grid"
        aria-label={label}
        style={{ gridTemplateColumns: `repeat(${cols}, var(--cell, 3.1em))` }}
        onMouseLeave={onCellLeave}
      >
        {values.map((row, r) => (
          // A row for assistive technology (grid > row > gridcell); display: contents keeps the
          // cells on the container's CSS grid.
          <div key={r} role="row" className="number-grid__row">
            {row.map((v, c) => {
              const key = `${r}-${c}`
              const fill = color ? color(v) : undefined
              const m = mark?.(r, c) ?? null
              const className = `cell${m ? ` cell--${m}` : ''}${drafts[key] !== undefined ? ' cell--invalid' : ''}`
              const style = fill ? { background: fill, color: inkOn(fill) } : undefined
              const common = {
                'data-cell': key,
                className,
                style,
                title: String(v),
                role: 'gridcell',
                'aria-rowindex': r + 1,
                'aria-colindex': c + 1,
                onFocus: () => onCellFocus?.(r, c),
                onMouseEnter: () => onCellFocus?.(r, c),
                onKeyDown: (e: KeyboardEvent<HTMLElement>) => onKeyDown(e, r, c),
              }
              return onEdit ? (
                <input
                  key={key}
                  {...common}
                  aria-label={`${label} row ${r + 1} column ${c + 1}`}
                  aria-invalid={drafts[key] !== undefined || undefined}
                  inputMode="decimal"
                  autoComplete="off"
                  spellCheck={false}
                  value={drafts[key] ?? formatNumber(v, digits).replace('−', '-')}
                  onChange={(e) => setDrafts((d) => ({ ...d, [key]: e.target.value }))}
                  onBlur={(e) => commit(r, c, e.target.value)}
                  onPaste={paste}
                />
              ) : (
                <span
                  key={key}
                  {...common}
                  tabIndex={-1}
                  aria-label={readOutLabel(r, c, m === 'padding' ? 0 : v, digits)}
                >
                  {m === 'padding' ? '0' : formatNumber(v, digits)}
                </span>
              )
            })}
          </div>
        ))}
      </div>
      {error ? (
        <p className="grid-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/**
 * A read-only cell's name for screen readers: the rounded value it shows (so speech matches the
 * screen), then the full precision when rounding hid some.
 */
function readOutLabel(r: number, c: number, v: number, digits: number): string {
  const shown = formatNumber(v, digits)
  const full = formatNumber(v, 6)
  return `row ${r + 1} column ${c + 1}: ${shown}${full !== shown ? ` (${full})` : ''}`
}
