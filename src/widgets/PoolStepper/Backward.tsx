import { ColorLegend } from '../../viz/ColorLegend.tsx'
import { divergingColor, maxAbs } from '../../viz/colors.ts'
import { NumberGrid } from '../../viz/NumberGrid.tsx'

interface Props {
  /** The output gradient, Ho × Wo (editable). */
  outGrad: number[][]
  /** The engine's input gradient, H × W. */
  inputGrad: number[][]
  /** The current output cell (row-major) and the input cells that receive its gradient. */
  step: number
  receivers: Array<[number, number]>
  onEdit: (r: number, c: number, v: number) => void
  onStep: (step: number) => void
}

/** The backward view: an editable output gradient and the input gradient the engine computes. */
export function Backward({ outGrad, inputGrad, step, receivers, onEdit, onStep }: Props) {
  const wo = outGrad[0]?.length ?? 1
  const [sr, sc] = [Math.floor(step / wo), step % wo]
  const hot = new Set(receivers.map(([r, c]) => `${r},${c}`))
  const scale = maxAbs([...outGrad.flat(), ...inputGrad.flat()])
  const color = divergingColor(scale)
  return (
    <>
      <section className="conv-panel" aria-label="Output gradient">
        <h4 className="conv-panel__title">
          ∂L/∂y
          <span className="conv-panel__shape">
            {outGrad.length}×{wo}
          </span>
        </h4>
        <div className="conv-scroll">
          <NumberGrid
            label="Output gradient"
            values={outGrad}
            color={color}
            mark={(r, c) => (r === sr && c === sc ? 'active' : null)}
            onEdit={onEdit}
            onCellFocus={(r, c) => {
              // Focus (not hover) picks the output cell whose gradient is followed.
              const el = document.activeElement as HTMLElement | null
              if (el?.dataset.cell === `${r}-${c}`) onStep(r * wo + c)
            }}
          />
        </div>
      </section>
      <section className="conv-panel" aria-label="Input gradient">
        <h4 className="conv-panel__title">
          ∂L/∂x
          <span className="conv-panel__shape">
            {inputGrad.length}×{inputGrad[0]?.length ?? 0}
          </span>
        </h4>
        <div className="conv-scroll">
          <NumberGrid
            label="Input gradient"
            values={inputGrad}
            color={color}
            mark={(r, c) => (hot.has(`${r},${c}`) ? 'active' : null)}
          />
        </div>
        <ColorLegend color={color} min={-scale} max={scale} label="gradient" />
      </section>
    </>
  )
}
