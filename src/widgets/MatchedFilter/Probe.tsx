import { formatNumber } from '../../lesson/format.ts'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import { divergingColor, maxAbs } from '../../viz/colors.ts'
import { NumberGrid } from '../../viz/NumberGrid.tsx'
import type { probeAt } from './model.ts'

interface Props {
  /** The probe's window, kernel, products and sum, all from the engine. */
  probe: ReturnType<typeof probeAt>
  /** Where the window starts. */
  at: number
}

/** The probe window worked out: samples, weights, their products, and the sum that is y[n]. */
export function Probe({ probe, at }: Props) {
  const rows = [probe.window, probe.kernel, probe.products]
  const scale = maxAbs(rows.flat())
  const color = divergingColor(scale)
  return (
    <section className="mf-probe" aria-label={`Probe window at n = ${at}`}>
      <div className="mf-probe__table">
        <div className="mf-probe__labels" aria-hidden="true">
          <span>x[{at}+m]</span>
          <span>w[m]</span>
          <span>product</span>
        </div>
        <NumberGrid values={rows} label="Probe window" color={color} digits={2} />
      </div>
      <div className="mf-probe__sum">
        <p>
          y[{at}] = Σ products ={' '}
          <output
            className="mf-probe__value"
            data-value={String(probe.sum)}
            title={String(probe.sum)}
          >
            {formatNumber(probe.sum)}
          </output>
        </p>
        <ColorLegend color={color} min={-scale} max={scale} label="Cell colour" />
      </div>
    </section>
  )
}
