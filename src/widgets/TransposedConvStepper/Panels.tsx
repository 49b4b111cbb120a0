import { formatNumber } from '../../lesson/format.ts'
import type { StampStep } from '../../trace/convSteps.ts'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import { NumberGrid } from '../../viz/NumberGrid.tsx'

/** The current stamp: the input value times every kernel weight, cells the crop cuts marked. */
export function StampPanel({
  step,
  values,
  color,
}: {
  step: StampStep
  /** x * w on the kernel's grid. */
  values: number[][]
  color: (v: number) => string
}) {
  const k = values.length
  const cut = new Set(step.cells.filter((c) => c.cropped).map((c) => c.tap[0] * k + c.tap[1]))
  return (
    <section className="conv-panel stamp-panel" aria-label="Stamp">
      <h4 className="conv-panel__title">
        <span>{formatNumber(step.x)} × kernel</span>
        <span className="conv-panel__shape">
          from ({step.from[0]}, {step.from[1]})
        </span>
      </h4>
      <NumberGrid
        label="Stamp"
        values={values}
        color={color}
        mark={(r, c) => (cut.has(r * k + c) ? 'source' : null)}
      />
      {cut.size > 0 ? <p className="stamp-note">outlined: cut by the crop</p> : null}
    </section>
  )
}

/** The engine's conv_transpose2d output, the cells the current stamp adds to outlined. */
export function OutputGrid({
  values,
  touched,
  color,
  scale,
}: {
  values: number[][]
  /** Output cells ("r,c") the current stamp adds to. */
  touched: Set<string>
  color: (v: number) => string
  scale: number
}) {
  const n = values.length
  return (
    <section className="conv-panel" aria-label="Output">
      <h4 className="conv-panel__title">
        Final output
        <span className="conv-panel__shape">
          {n}×{n}
        </span>
      </h4>
      <div className="conv-scroll">
        <NumberGrid
          label="Output"
          values={values}
          color={color}
          mark={(r, c) => (touched.has(`${r},${c}`) ? 'window' : null)}
        />
      </div>
      <ColorLegend color={color} min={-scale} max={scale} label="output value" />
    </section>
  )
}
