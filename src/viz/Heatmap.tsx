/**
 * A labelled heatmap of signed values: rows down, columns across, labels under the columns, a
 * diverging colour scale with its legend, and the full value of every cell in its title. One tab
 * stop; the arrow keys move the active cell, whose name and value are read out under the grid.
 * Plain DOM cells: meant for a few thousand cells at most (use a canvas beyond that).
 */
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { formatNumber } from '../lesson/format.ts'
import { ColorLegend } from './ColorLegend.tsx'
import { divergingColor, inkOn, maxAbs } from './colors.ts'
import './grid.css'
import './heatmap.css'

/** One label in a row of notes under the columns (a prediction per step, say). */
export interface HeatmapNote {
  text: string
  /** Full text for the title attribute. */
  title?: string
  tone?: 'good' | 'bad' | 'muted'
}

/** A labelled row of notes, one per column. */
export interface HeatmapNoteRow {
  label: string
  cells: readonly HeatmapNote[]
}

interface HeatmapProps {
  /** The grid's accessible name. */
  title: string
  /** Row labels, top to bottom. */
  rows: readonly string[]
  /** Column labels, left to right, shown under the columns. */
  columns: readonly string[]
  /** What the column labels are, shown before them ("reads", "step"...). */
  columnsLabel?: string
  /** values[row][column]. */
  values: readonly (readonly number[])[]
  /** The colour scale saturates at ±scale; by default at the largest |value|. */
  scale?: number
  /** Caption of the colour legend. */
  legendLabel: string
  /** Rows of notes under the column labels. */
  notes?: readonly HeatmapNoteRow[]
  /** Print each value in its cell, rounded to `digits` significant digits ('fit': when they fit the width). */
  showValues?: boolean | 'fit'
  digits?: number
  /** Names a cell in words (title attribute and readout); by default "row, column". */
  describe?: (row: number, column: number) => string
}

/** Widths in em of a cell with a printed value and of the row labels (heatmap.css). */
const VALUE_CELL_EM = 2.6
const LABEL_EM = 5

/** Whether `columns` cells with printed values fit the width of the element `ref` points to. */
function useValuesFit(columns: number) {
  const ref = useRef<HTMLDivElement>(null)
  const [fits, setFits] = useState(true)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const update = () => {
      const em = parseFloat(getComputedStyle(el).fontSize) || 16
      if (el.clientWidth > 0) setFits((LABEL_EM + columns * VALUE_CELL_EM) * em <= el.clientWidth)
    }
    update()
    if (typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(update)
    ro.observe(el)
    return () => ro.disconnect()
  }, [columns])
  return { ref, fits }
}

/** Where an arrow, Home or End key moves the active cell of an R × C grid, or null for other keys. */
export function moveActive(
  key: string,
  [r, c]: readonly [number, number],
  R: number,
  C: number,
): [number, number] | null {
  const to: Record<string, [number, number]> = {
    ArrowRight: [r, c + 1],
    ArrowLeft: [r, c - 1],
    ArrowDown: [r + 1, c],
    ArrowUp: [r - 1, c],
    Home: [r, 0],
    End: [r, C - 1],
  }
  const next = to[key]
  if (!next) return null
  return [Math.min(Math.max(next[0], 0), R - 1), Math.min(Math.max(next[1], 0), C - 1)]
}

/** A rows × columns heatmap with labels, legend, titles and keyboard navigation. */
export function Heatmap({
  title,
  rows,
  columns,
  columnsLabel,
  values,
  scale,
  legendLabel,
  notes = [],
  showValues = false,
  digits = 2,
  describe,
}: HeatmapProps) {
  const id = useId()
  const [picked, setActive] = useState<[number, number]>([0, 0])
  const R = rows.length
  const C = columns.length
  const { ref: box, fits } = useValuesFit(C)
  const printed = showValues === 'fit' ? fits : showValues
  const active: [number, number] = [Math.min(picked[0], R - 1), Math.min(picked[1], C - 1)]
  const m = scale ?? maxAbs(values.flat())
  const color = divergingColor(m)
  const name = describe ?? ((r: number, c: number) => `${rows[r]}, ${columns[c]}`)
  const cellId = (r: number, c: number) => `${id}-${r}-${c}`
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = moveActive(e.key, active, R, C)
    if (!next) return
    e.preventDefault()
    setActive(next)
    document
      .getElementById(cellId(...next))
      ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' })
  }
  if (R === 0 || C === 0) return null
  const activeValue = values[active[0]]?.[active[1]] ?? NaN
  return (
    <figure className="heatmap">
      <ColorLegend color={color} min={-m} max={m} label={legendLabel} />
      <div className="heatmap__scroll" ref={box}>
        <div
          className={`heatmap__grid${printed ? ' heatmap__grid--values' : ''}`}
          role="grid"
          aria-label={title}
          tabIndex={0}
          aria-activedescendant={cellId(...active)}
          style={{
            gridTemplateColumns: `auto repeat(${C}, minmax(var(--heatmap-cell-min), var(--heatmap-cell)))`,
          }}
          onKeyDown={onKey}
        >
          {values.map((row, r) => (
            <div role="row" className="heatmap__row" key={r}>
              <span role="rowheader" className="heatmap__label">
                {rows[r]}
              </span>
              {row.map((v, c) => {
                const fill = color(v)
                const isActive = r === active[0] && c === active[1]
                return (
                  <div
                    key={c}
                    id={cellId(r, c)}
                    role="gridcell"
                    aria-selected={isActive}
                    aria-label={`${name(r, c)}: ${formatNumber(v, printed ? digits : 4)}`}
                    title={`${name(r, c)}: ${v}`}
                    data-value={v}
                    className={`heatmap__cell${isActive ? ' is-active' : ''}`}
                    style={{ background: fill, color: inkOn(fill) }}
                    onMouseEnter={() => setActive([r, c])}
                    onClick={() => setActive([r, c])}
                  >
                    {printed ? formatNumber(v, digits) : null}
                  </div>
                )
              })}
            </div>
          ))}
          <div role="row" className="heatmap__row heatmap__columns">
            {columnsLabel ? (
              <span role="rowheader" className="heatmap__label">
                {columnsLabel}
              </span>
            ) : (
              <span className="heatmap__label" aria-hidden="true" />
            )}
            {columns.map((label, c) => (
              <span role="columnheader" key={c} className="heatmap__column">
                {label}
              </span>
            ))}
          </div>
          {notes.map((note) => (
            <div role="row" className="heatmap__row heatmap__notes" key={note.label}>
              <span role="rowheader" className="heatmap__label">
                {note.label}
              </span>
              {note.cells.map((cell, c) => (
                <span
                  role="gridcell"
                  key={c}
                  title={cell.title}
                  className={`heatmap__note${cell.tone ? ` heatmap__note--${cell.tone}` : ''}`}
                >
                  {cell.text}
                </span>
              ))}
            </div>
          ))}
        </div>
      </div>
      <figcaption className="heatmap__readout">
        {name(...active)}: <strong>{formatNumber(activeValue, 4)}</strong>
      </figcaption>
    </figure>
  )
}
