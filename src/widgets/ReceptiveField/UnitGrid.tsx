import type { KeyboardEvent } from 'react'

interface Props {
  rows: number
  cols: number
  /** The inspected unit (row-major). */
  unit: number
  /** Moves the inspected unit for good (keyboard, click). */
  onUnit: (unit: number) => void
  /** Previews a unit under the pointer; null when the pointer leaves. */
  onPeek: (unit: number | null) => void
}

const MOVES: Record<string, [number, number]> = {
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
}

/** The last layer's units: one tab stop, arrow keys move, hover previews. */
export function UnitGrid({ rows, cols, unit, onUnit, onPeek }: Props) {
  const [r, c] = [Math.floor(unit / cols), unit % cols]
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[e.key]
    let to: number | null = null
    if (move) {
      const [nr, nc] = [r + move[0], c + move[1]]
      if (nr >= 0 && nr < rows && nc >= 0 && nc < cols) to = nr * cols + nc
      else to = unit
    } else if (e.key === 'Home') to = r * cols
    else if (e.key === 'End') to = r * cols + cols - 1
    if (to === null) return
    e.preventDefault()
    if (to !== unit) onUnit(to)
  }
  return (
    <div
      className="rf-units"
      role="grid"
      tabIndex={0}
      aria-label={`Output units, ${rows === 1 ? '' : `row ${r + 1}, `}column ${c + 1} inspected: arrow keys move`}
      style={{ gridTemplateColumns: `repeat(${cols}, var(--rf-unit))` }}
      onKeyDown={onKeyDown}
      onPointerLeave={() => onPeek(null)}
    >
      {Array.from({ length: rows }, (_, rr) => (
        <div role="row" key={rr} className="rf-units__row">
          {Array.from({ length: cols }, (_, cc) => {
            const i = rr * cols + cc
            return (
              <div
                key={cc}
                role="gridcell"
                aria-selected={i === unit}
                data-unit={i}
                className={i === unit ? 'rf-unit rf-unit--on' : 'rf-unit'}
                title={`unit row ${rr + 1}, column ${cc + 1}`}
                onPointerEnter={() => onPeek(i)}
                onClick={() => onUnit(i)}
              />
            )
          })}
        </div>
      ))}
    </div>
  )
}
