import { useId, type KeyboardEvent, type ReactNode } from 'react'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import { divergingColor, sequentialColor } from '../../viz/colors.ts'
import { formatNumber } from '../../lesson/format.ts'
import type { GateMap } from './model.ts'
import type { Focus } from './store.ts'

interface Props {
  map: GateMap
  /** The characters read at each step: the column headings. */
  chars: string[]
  /** The cell in focus anywhere in the widget (outlined here too when it is this map's step and unit). */
  focus: Focus | null
  onFocus: (focus: Focus) => void
  /** Shown under the grid (the focused cell's equation, when the maps stand in one column). */
  children?: ReactNode
}

/** The colour of a map's values: sequential for gates in [0, 1], diverging around 0 for signed ones. */
export function mapColor(map: GateMap): (v: number) => string {
  return map.kind === 'gate' ? sequentialColor(1) : divergingColor(map.scale)
}

/** Where an arrow key moves inside a T × H map (time across, units down), or null. */
export function moveCell(
  key: string,
  t: number,
  j: number,
  T: number,
  H: number,
): [number, number] | null {
  const to: Record<string, [number, number]> = {
    ArrowRight: [t + 1, j],
    ArrowLeft: [t - 1, j],
    ArrowDown: [t, j + 1],
    ArrowUp: [t, j - 1],
    Home: [1, j],
    End: [T, j],
  }
  const next = to[key]
  return next ? [Math.min(Math.max(next[0], 1), T), Math.min(Math.max(next[1], 0), H - 1)] : null
}

const shownChar = (c: string) => (c === ' ' ? '␣' : c)

/** One time × unit heatmap as a keyboard grid: one tab stop, arrow keys move, hover or focus shows. */
export function Heatmap({ map, chars, focus, onFocus, children }: Props) {
  const id = useId()
  const T = map.values.length
  const H = map.values[0]?.length ?? 0
  const color = mapColor(map)
  const here = focus?.key === map.key
  // The grid is one tab stop (the active cell is aria-activedescendant, not a focusable element per
  // cell: a thousand tab stops would slow every focus search on the page). Entering a map keeps the
  // step and unit in focus elsewhere, so Tab from f to i to g walks one cell through the gates.
  const t = Math.min(focus?.t ?? 1, T)
  const j = Math.min(focus?.j ?? 0, H - 1)
  const cellId = (step: number, unit: number) => `${id}-${step}-${unit}`
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = moveCell(e.key, t, j, T, H)
    if (!next) return
    e.preventDefault()
    onFocus({ key: map.key, t: next[0], j: next[1] })
    document
      .getElementById(cellId(...next))
      ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' })
  }
  return (
    <figure className="gates-map">
      <figcaption className="gates-map__head">
        <span className="gates-map__title">{map.title}</span>
        <ColorLegend
          color={color}
          min={map.kind === 'gate' ? 0 : -map.scale}
          max={map.kind === 'gate' ? 1 : map.scale}
          label={map.kind === 'gate' ? `${map.key}: 0 to 1` : `${map.key}: signed`}
        />
      </figcaption>
      <div className="gates-map__scroll">
        <div
          className="gates-grid"
          role="grid"
          aria-label={`${map.title}, steps across, units down`}
          tabIndex={0}
          aria-activedescendant={here ? cellId(t, j) : undefined}
          style={{ gridTemplateColumns: `auto repeat(${T}, var(--gates-cell))` }}
          onKeyDown={onKey}
          onFocus={() => (here ? null : onFocus({ key: map.key, t, j }))}
        >
          <div role="row" className="gates-grid__row">
            <span role="columnheader" className="gates-grid__corner" aria-label="unit" />
            {chars.map((c, t) => (
              <span
                role="columnheader"
                key={t}
                className="gates-grid__char"
                title={`step ${t + 1}: “${c}”`}
              >
                {shownChar(c)}
              </span>
            ))}
          </div>
          {Array.from({ length: H }, (_, unit) => (
            <div role="row" className="gates-grid__row" key={unit}>
              <span role="rowheader" className="gates-grid__unit">
                {unit + 1}
              </span>
              {map.values.map((row, k) => {
                const v = row[unit]
                const cell = { key: map.key, t: k + 1, j: unit }
                const active = focus !== null && focus.t === cell.t && focus.j === unit
                return (
                  <div
                    key={k}
                    id={cellId(cell.t, unit)}
                    role="gridcell"
                    data-t={cell.t}
                    data-j={unit}
                    data-value={v}
                    title={String(v)}
                    aria-label={`${map.key}, step ${cell.t} “${chars[k]}”, unit ${unit + 1}: ${formatNumber(v)}`}
                    aria-selected={here && active}
                    className={`gates-grid__cell${active ? (here ? ' is-focus' : ' is-linked') : ''}`}
                    style={{ background: color(v) }}
                    onMouseEnter={() => onFocus(cell)}
                    onClick={() => onFocus(cell)}
                  />
                )
              })}
            </div>
          ))}
        </div>
      </div>
      {children}
    </figure>
  )
}
