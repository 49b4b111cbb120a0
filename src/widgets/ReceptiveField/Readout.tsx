import type { FieldState } from '../../engine/index.ts'
import type { Measured } from './model.ts'

interface Props {
  field: FieldState
  measured: Measured
  dims: '1d' | '2d'
  /** Cells of the theoretical field that lie outside the input (in the padding), per side. */
  clipped: boolean
}

/** Theory and measurement side by side: field size, jump, and what autograd found. */
export function Readout({ field, measured, dims, clipped }: Props) {
  const r = field.receptiveField
  const theory = dims === '2d' ? `${r}×${r}` : `${r}`
  const box = measured.box
  const seen = box
    ? dims === '2d'
      ? `${box[2] - box[0] + 1}×${box[3] - box[1] + 1}`
      : `${box[3] - box[1] + 1}`
    : '0'
  const area = box ? (box[2] - box[0] + 1) * (box[3] - box[1] + 1) : 0
  return (
    <div className="rf-readout">
      <dl className="value-tiles value-tiles--auto rf-tiles">
        <div>
          <dt>Theoretical field</dt>
          <dd data-testid="rf-theory">{theory}</dd>
        </div>
        <div>
          <dt>Measured (∂y/∂x ≠ 0)</dt>
          <dd data-testid="rf-measured">{seen}</dd>
        </div>
        <div>
          <dt>Cells it depends on</dt>
          <dd data-testid="rf-count">{measured.count}</dd>
        </div>
        <div>
          <dt>Jump</dt>
          <dd data-testid="rf-jump">{field.jump}</dd>
        </div>
      </dl>
      <p className="rf-note" role="status">
        {clipped
          ? 'Part of the theoretical field lies in the padding, outside the input: the measured field is clipped there.'
          : measured.count < area
            ? `The field has holes: only ${measured.count} of its ${area} cells reach the unit (dilation or a stride larger than the kernel skips cells).`
            : 'Measured and theoretical fields agree.'}
      </p>
    </div>
  )
}
