import { useRef, useState } from 'react'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import type { CellMark } from '../../viz/NumberGrid.tsx'
import { NumberGrid } from '../../viz/NumberGrid.tsx'
import { DrawTools } from './DrawTools.tsx'
import { Picker } from './Picker.tsx'
import { useDrawing } from './useDrawing.ts'

interface InputProps {
  /** The shown channel with its padding ring. */
  values: number[][]
  /** Padding above/below and left/right (a 1-D signal has none above). */
  pad: [number, number]
  /** The input volume, e.g. "6×6×1". */
  shape: string
  channels: number
  channel: number
  color: (v: number) => string
  scale: number
  mark: (r: number, c: number) => CellMark
  onChannel: (c: number) => void
  /** Edits in unpadded coordinates. */
  onEdit: (cells: [number, number, number][]) => void
  /** A padded cell under the pointer (focused false) or focused (true); leaving it. */
  onCell?: (r: number, c: number, focused: boolean) => void
  onCellLeave?: () => void
  /** Offers a draw mode: drag the pointer over cells to paint them. */
  drawable?: boolean
}

/** The input channel on show, padding drawn as a dashed ring of zeros, the window marked. */
export function InputPanel(p: InputProps) {
  const [note, setNote] = useState<string | null>(null)
  const [ph, pw] = p.pad
  const [h, w] = [p.values.length - 2 * ph, p.values[0].length - 2 * pw]
  const inside = (r: number, c: number) => r >= 0 && c >= 0 && r < h && c < w
  const box = useRef<HTMLDivElement>(null)
  const drawing = useDrawing((r, c, v) => {
    const [ir, ic] = [r - ph, c - pw]
    // Padding stays zero; a cell already at the brush value needs no new engine run.
    if (inside(ir, ic) && p.values[r][c] !== v) p.onEdit([[ir, ic, v]])
  })
  return (
    <section className="conv-panel" aria-label="Input">
      <h4 className="conv-panel__title">
        Input{p.channels > 1 ? `, channel ${p.channel + 1}` : ''}
        <span className="conv-panel__shape">{p.shape}</span>
      </h4>
      <Picker label="Channel" count={p.channels} value={p.channel} onChange={p.onChannel} />
      {p.drawable ? (
        <DrawTools
          on={drawing.on}
          onToggle={drawing.setOn}
          brush={drawing.brush}
          onBrush={drawing.setBrush}
        />
      ) : null}
      <div
        {...drawing.handlers}
        className={drawing.on ? 'conv-scroll conv-draw' : 'conv-scroll'}
        ref={box}
      >
        <NumberGrid
          label="Input"
          values={p.values}
          color={p.color}
          mark={p.mark}
          onCellFocus={(r, c) => {
            // Hover and focus arrive here alike: tell them apart by where the focus is.
            const cell = box.current?.querySelector(`[data-cell="${r}-${c}"]`)
            p.onCell?.(r, c, Boolean(cell) && cell === document.activeElement)
          }}
          onCellLeave={p.onCellLeave}
          onEdit={(r, c, v) => {
            const [ir, ic] = [r - ph, c - pw]
            if (!inside(ir, ic)) {
              setNote('Padding cells are always zero: edit the cells inside the dashed ring.')
              return
            }
            setNote(null)
            p.onEdit([[ir, ic, v]])
          }}
          onPaste={(rows) => {
            setNote(null)
            p.onEdit(
              rows.flatMap((row, r) =>
                row.flatMap((v, c) =>
                  inside(r, c) ? [[r, c, v] as [number, number, number]] : [],
                ),
              ),
            )
          }}
        />
      </div>
      {note ? (
        <p className="grid-error" role="alert">
          {note}
        </p>
      ) : null}
      <ColorLegend color={p.color} min={-p.scale} max={p.scale} label="input value" />
    </section>
  )
}

interface KernelProps {
  values: number[][]
  /** The filter's volume, e.g. "3×3×2". */
  shape: string
  filters: number
  filter: number
  channel: number
  channels: number
  color: (v: number) => string
  scale: number
  bias: number[] | null
  onFilter: (k: number) => void
  onEdit: (cells: [number, number, number][]) => void
  onBias: (k: number, v: number) => void
}

/** The shown filter's kernel slice for the shown channel, and the biases when they are on. */
export function KernelPanel(p: KernelProps) {
  const [kh, kw] = [p.values.length, p.values[0].length]
  return (
    <section className="conv-panel" aria-label="Kernel">
      <h4 className="conv-panel__title">
        {p.filters > 1 ? `Filter ${p.filter + 1}` : 'Kernel'}
        {p.channels > 1 ? `, channel ${p.channel + 1}` : ''}
        <span className="conv-panel__shape">{p.shape}</span>
      </h4>
      <Picker label="Filter" count={p.filters} value={p.filter} onChange={p.onFilter} />
      <div className="conv-scroll">
        <NumberGrid
          label="Kernel"
          values={p.values}
          color={p.color}
          onEdit={(r, c, v) => p.onEdit([[r, c, v]])}
          onPaste={(rows) =>
            p.onEdit(
              rows.flatMap((row, r) =>
                row.flatMap((v, c) =>
                  r < kh && c < kw ? [[r, c, v] as [number, number, number]] : [],
                ),
              ),
            )
          }
        />
      </div>
      <ColorLegend color={p.color} min={-p.scale} max={p.scale} label="weight" />
      {p.bias ? (
        <div className="conv-bias">
          <span title="One bias per filter">bias</span>
          <NumberGrid label="Bias" values={[p.bias]} onEdit={(_, k, v) => p.onBias(k, v)} />
        </div>
      ) : null}
    </section>
  )
}
