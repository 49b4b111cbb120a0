import { NumberField } from '../ShapeCalculator/NumberField.tsx'
import { LIMITS, type StackLayer } from './layers.ts'
import type { LayerRow } from './model.ts'
import { MAX_LAYERS } from './schema.ts'

interface Props {
  layers: readonly StackLayer[]
  /** Output size and field after each layer that fits (shorter when a layer does not). */
  rows: readonly LayerRow[]
  dims: '1d' | '2d'
  onChange: (layers: StackLayer[]) => void
}

type Key = keyof typeof LIMITS

const FIELDS: Array<[Key, string]> = [
  ['kernel', 'kernel'],
  ['stride', 'stride'],
  ['padding', 'padding'],
  ['dilation', 'dilation'],
]

const spec = (key: Key, label: string) => ({
  name: key,
  label,
  type: 'integer' as const,
  default: LIMITS[key][0],
  min: LIMITS[key][0],
  max: LIMITS[key][1],
})

/** The stack, one card per layer: edit its four numbers, remove it, or add one at the end. */
export function LayerEditor({ layers, rows, dims, onChange }: Props) {
  const replace = (i: number, patch: Partial<StackLayer>) =>
    onChange(layers.map((l, j) => (j === i ? { ...l, ...patch } : l)))
  return (
    <div className="rf-layers">
      {layers.map((layer, i) => {
        const row = rows[i]
        const size = row
          ? dims === '2d'
            ? `${row.fit.output}×${row.fit.output}`
            : row.fit.output
          : '–'
        return (
          <fieldset key={i} className="rf-layer">
            <legend>Layer {i + 1}</legend>
            <div className="rf-layer__fields">
              {FIELDS.map(([key, label]) =>
                key === 'padding' && layer.padding === 'causal' ? null : (
                  <NumberField
                    key={key}
                    spec={spec(key, label)}
                    value={layer[key] as number}
                    onCommit={(v) => replace(i, { [key]: v })}
                  />
                ),
              )}
              {dims === '1d' ? (
                <label className="shape-check">
                  <input
                    type="checkbox"
                    checked={layer.padding === 'causal'}
                    onChange={(e) => replace(i, { padding: e.target.checked ? 'causal' : 0 })}
                  />
                  causal
                </label>
              ) : null}
            </div>
            <div className="rf-layer__foot">
              <p className="rf-layer__out" aria-live="polite">
                out {size}
                {row ? ` · field ${row.field.receptiveField} · jump ${row.field.jump}` : ''}
              </p>
              <button
                type="button"
                className="link-button"
                disabled={layers.length === 1}
                aria-label={`Remove layer ${i + 1}`}
                onClick={() => onChange(layers.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
          </fieldset>
        )
      })}
      <button
        type="button"
        className="rf-add"
        disabled={layers.length >= MAX_LAYERS}
        onClick={() => onChange([...layers, { ...layers[layers.length - 1] }])}
      >
        Add a layer
      </button>
    </div>
  )
}
