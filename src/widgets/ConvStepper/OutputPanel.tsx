import { useRef, type KeyboardEvent } from 'react'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import { NumberGrid } from '../../viz/NumberGrid.tsx'

interface Props {
  values: number[][]
  /** The output volume, e.g. "4×4×2". */
  shape: string
  relu: boolean
  /** The cell the window is on (row-major index), and the one previewed by hover, if any. */
  step: number
  color: (v: number) => string
  scale: number
  onKey: (e: KeyboardEvent<HTMLElement>) => void
  /** Moves the window to a cell (focus or click). */
  onStep: (step: number) => void
  /** Previews a cell under the pointer; null when the pointer leaves. */
  onPeek: (step: number | null) => void
}

/** The engine's output map: focus it and use the arrow keys, or hover a cell to see its window. */
export function OutputPanel(p: Props) {
  const root = useRef<HTMLDivElement>(null)
  const wo = p.values[0]?.length ?? 0
  const [r, c] = [Math.floor(p.step / wo), p.step % wo]
  return (
    <section className="conv-panel" aria-label="Output">
      <h4 className="conv-panel__title">
        Output{p.relu ? ' after ReLU' : ''}
        <span className="conv-panel__shape">{p.shape}</span>
      </h4>
      <div
        ref={root}
        className="conv-scroll conv-output"
        tabIndex={0}
        role="group"
        aria-label={`Output map, window on row ${r + 1}, column ${c + 1}: arrow keys move it`}
        onKeyDown={(e) => e.target === e.currentTarget && p.onKey(e)}
        onClick={(e) => {
          const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]')
          if (!cell) return
          const [cr, cc] = cell.dataset.cell!.split('-').map(Number)
          p.onStep(cr * wo + cc)
        }}
      >
        <NumberGrid
          label="Output"
          values={p.values}
          color={p.color}
          mark={(rr, cc) => (rr === r && cc === c ? 'active' : null)}
          onCellFocus={(rr, cc) => {
            // Hover and focus arrive here alike; only a focused cell moves the window for good.
            const focused = root.current?.querySelector(`[data-cell="${rr}-${cc}"]`)
            if (focused && focused === document.activeElement) p.onStep(rr * wo + cc)
            else p.onPeek(rr * wo + cc)
          }}
          onCellLeave={() => p.onPeek(null)}
        />
      </div>
      <ColorLegend color={p.color} min={-p.scale} max={p.scale} label="output value" />
    </section>
  )
}
