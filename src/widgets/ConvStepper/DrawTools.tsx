import { formatNumber } from '../../lesson/format.ts'
import { BRUSHES } from './useDrawing.ts'

interface Props {
  on: boolean
  onToggle: (on: boolean) => void
  brush: number
  onBrush: (value: number) => void
}

/** The draw switch and the brush value it paints with. */
export function DrawTools({ on, onToggle, brush, onBrush }: Props) {
  return (
    <div className="conv-draw-tools">
      <button
        type="button"
        className="conv-toggle"
        aria-pressed={on}
        title="Press and drag over the input to paint its cells"
        onClick={() => onToggle(!on)}
      >
        Draw
      </button>
      {on ? (
        <label className="conv-control conv-control--inline">
          <span>Brush</span>
          <select value={brush} onChange={(e) => onBrush(Number(e.target.value))}>
            {BRUSHES.map((b) => (
              <option key={b} value={b}>
                {b === 0 ? '0 (erase)' : formatNumber(b)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  )
}
