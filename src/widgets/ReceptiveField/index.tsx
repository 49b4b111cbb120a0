import { useMemo, useState } from 'react'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import { sequentialColor } from '../../viz/colors.ts'
import type { WidgetProps } from '../types.ts'
import { FieldMap, LayerStack } from './FieldMap.tsx'
import { formatLayers, parseLayers, PRESETS, type StackLayer } from './layers.ts'
import { LayerEditor } from './LayerEditor.tsx'
import { measureField, stackTheory, unitField } from './model.ts'
import { Readout } from './Readout.tsx'
import type { ReceptiveFieldConfig } from './schema.ts'
import { NumberField } from '../ShapeCalculator/NumberField.tsx'
import { receptiveFieldSchema } from './schema.ts'
import { UnitGrid } from './UnitGrid.tsx'
import '../ShapeCalculator/shape.css'
import '../../viz/grid.css'
import '../../viz/tiles.css'
import './rf.css'

const sizeSpec = receptiveFieldSchema.find((s) => s.name === 'size')
const SIZE = sizeSpec?.type === 'integer' ? sizeSpec : null

/** Receptive-field explorer: build a stack, pick an output unit, compare theory with autograd. */
export default function ReceptiveField({ params, setParams }: WidgetProps) {
  const config = params as unknown as ReceptiveFieldConfig
  const { dims, size } = config
  const [peek, setPeek] = useState<number | null>(null)
  const parsed = useMemo(() => parseLayers(config.layers, dims), [config.layers, dims])
  const layers = parsed.layers
  const theory = useMemo(() => (layers ? stackTheory(layers, size) : null), [layers, size])
  const out = theory && !theory.error ? theory.output : 0
  const [rows, cols] = dims === '2d' ? [out, out] : [1, out]
  const unit = Math.min(config.unit, rows * cols - 1)
  const shown = peek !== null && peek < rows * cols ? peek : unit
  const measured = useMemo(
    () => (layers && out > 0 ? measureField(layers, size, dims, shown) : null),
    [layers, size, dims, shown, out],
  )
  const setLayers = (next: StackLayer[]) => setParams({ layers: formatLayers(next) })
  const setDims = (to: '1d' | '2d') => {
    // Causal padding has no 2-D meaning: a causal layer becomes an unpadded one.
    const kept = (layers ?? []).map((l) => (l.padding === 'causal' ? { ...l, padding: 0 } : l))
    setParams({ dims: to, layers: kept.length ? formatLayers(kept) : PRESETS[0].params.layers })
  }

  const field = theory?.rows[theory.rows.length - 1]?.field
  const { outline, clipped } = field
    ? unitField(field, shown, cols, dims, size)
    : { outline: null, clipped: false }
  const maxGrad = measured ? Math.max(...measured.grad.flat()) : 1
  const color = sequentialColor(maxGrad)
  const small = dims === '1d' ? size <= 24 : size <= 11
  return (
    <div className="rf">
      <div className="rf-top">
        <div className="rf-presets" role="group" aria-label="Start from" data-controls>
          {PRESETS.map((p) => (
            <button
              key={p.name}
              type="button"
              className="rf-preset"
              onClick={() => setParams({ ...p.params })}
            >
              {p.name}
            </button>
          ))}
        </div>
        <div className="shape-fields rf-input">
          <label className="shape-check">
            <input
              type="checkbox"
              checked={dims === '1d'}
              onChange={(e) => setDims(e.target.checked ? '1d' : '2d')}
            />
            1-D sequence
          </label>
          {SIZE ? (
            <NumberField
              spec={{ ...SIZE, label: dims === '2d' ? 'image size' : 'length' }}
              value={size}
              onCommit={(v) => setParams({ size: v })}
            />
          ) : null}
        </div>
      </div>
      {layers ? (
        <LayerEditor layers={layers} rows={theory?.rows ?? []} dims={dims} onChange={setLayers} />
      ) : (
        <p className="shape-error" role="alert">
          <strong>This stack cannot be read: </strong>
          {parsed.error} Pick a starting stack above.
        </p>
      )}
      {theory?.error ? (
        <p className="shape-error" role="alert">
          <strong>
            This stack cannot be applied to a{' '}
            {dims === '2d' ? `${size}×${size} image` : `sequence of ${size}`}:{' '}
          </strong>
          {theory.error}
        </p>
      ) : null}
      {measured && field ? (
        <div className="rf-view">
          <div className={`rf-panels rf-panels--${dims}`}>
            <section className="rf-panel" aria-label="Input">
              <h4>
                Input <span className="rf-shape">{dims === '2d' ? `${size}×${size}` : size}</span>
              </h4>
              {dims === '2d' ? (
                <FieldMap
                  label={`Input: ${measured.count} cells reach the unit`}
                  values={measured.grad}
                  color={color}
                  outline={outline}
                  numbers={small}
                />
              ) : (
                <LayerStack
                  maps={[measured.grad, ...measured.layerGrads.slice(0, -1)]}
                  outline={outline}
                  color={color}
                  numbers={small}
                />
              )}
              <ColorLegend
                color={color}
                min={0}
                max={maxGrad}
                label="∂y/∂x: paths to the unit (all weights 1)"
              />
            </section>
            <section className="rf-panel" aria-label="Output">
              <h4>
                Output <span className="rf-shape">{dims === '2d' ? `${rows}×${cols}` : cols}</span>
              </h4>
              <UnitGrid
                rows={rows}
                cols={cols}
                unit={unit}
                onUnit={(u) => setParams({ unit: u })}
                onPeek={setPeek}
              />
            </section>
          </div>
          <Readout field={field} measured={measured} dims={dims} clipped={clipped} />
        </div>
      ) : null}
    </div>
  )
}
