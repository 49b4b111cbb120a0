import { NumberGrid } from '../../viz/NumberGrid.tsx'
import { divergingColor, maxAbs } from '../../viz/colors.ts'
import type { FilterMode } from './schema.ts'

interface Props {
  template: readonly number[]
  /** What slides: the template itself, or (convolve) the engine's flipped copy; null if none. */
  kernel: readonly number[] | null
  mode: FilterMode
  edited: boolean
  onEdit: (index: number, value: number) => void
  onPaste: (values: number[]) => void
  onReset: () => void
}

/** The template as editable numbers, and in convolve mode the flipped copy that actually slides. */
export function TemplateRow({ template, kernel, mode, edited, onEdit, onPaste, onReset }: Props) {
  const color = divergingColor(maxAbs(template))
  return (
    <div className="mf-template">
      <div className="mf-template__row">
        <span className="mf-template__label">Template w</span>
        <NumberGrid
          values={[template]}
          label="Template"
          color={color}
          digits={3}
          onEdit={(_, c, v) => onEdit(c, v)}
          onPaste={(rows) => onPaste(rows.flat())}
        />
        {edited ? (
          <button type="button" className="mf-button" onClick={onReset}>
            Reset template
          </button>
        ) : null}
      </div>
      {mode === 'convolve' && kernel ? (
        <div className="mf-template__row">
          <span className="mf-template__label">Flipped (slides)</span>
          <NumberGrid values={[kernel]} label="Flipped template" color={color} digits={3} />
        </div>
      ) : null}
    </div>
  )
}
