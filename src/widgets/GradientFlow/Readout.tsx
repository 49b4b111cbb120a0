import { formatNumber } from '../../lesson/format.ts'
import type { FlowCurve } from './model.ts'
import '../../viz/tiles.css'

/** In words: what the far-end norm means for learning from T steps back. */
function verdict(farEnd: number): string {
  if (farEnd === 0) return 'the gradient has died: every path back went through a ReLU at 0'
  if (farEnd < 1e-3) return 'vanished: the first steps barely affect learning'
  if (farEnd < 0.1) return 'shrunk more than tenfold'
  if (farEnd > 1e3) return 'exploded: one update from this would be huge'
  if (farEnd > 10) return 'grown more than tenfold'
  return 'stayed within a factor of ten'
}

/** The engine's numbers for the current curve: σ measured, the value at the cursor and far end. */
export function Readout({ curve, cursor }: { curve: FlowCurve; cursor: number }) {
  const T = curve.settings.length
  return (
    <div className="gf-readout" aria-live="polite">
      <dl className="value-tiles">
        <div>
          <dt>σ measured</dt>
          <dd>{formatNumber(curve.measuredSigma)}</dd>
        </div>
        <div>
          <dt>at T − t = {cursor}</dt>
          <dd>{formatNumber(curve.norms[Math.min(cursor, T)])}</dd>
        </div>
        <div>
          <dt>far end, T − t = {T}</dt>
          <dd className="gf-readout__far">{formatNumber(curve.farEnd)}</dd>
        </div>
        <div>
          <dt>mean factor per step</dt>
          <dd>×{formatNumber(curve.perStep)}</dd>
        </div>
      </dl>
      <p className="gf-readout__verdict">
        After {T} steps back the gradient has {verdict(curve.farEnd)}.
      </p>
    </div>
  )
}
