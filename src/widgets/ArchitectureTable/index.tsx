import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import type { WidgetProps } from '../types.ts'
import { NumberField } from '../ShapeCalculator/NumberField.tsx'
import { ARCHS } from './architectures.ts'
import { count, exact, shape } from './format.ts'
import { archTable, FIELD_LIMITS, type Field } from './model.ts'
import { Row } from './Row.tsx'
import { ARCHITECTURES, type ArchName } from './schema.ts'
import * as sel from './store.ts'
import '../ShapeCalculator/shape.css'
import './arch.css'

const INPUT_LABELS = ['channels', 'height', 'width'] as const

/** Architecture table: every layer's shape, parameters, multiply-adds and receptive field, live. */
export default function ArchitectureTable({ params, setParams }: WidgetProps) {
  const arch = params.arch as ArchName
  const [store] = useState(sel.createArchStore)
  const allEdits = useStore(store, sel.selectEdits)
  const edit = useStore(store, sel.selectEdit)
  const clear = useStore(store, sel.selectClear)
  const edits = useMemo(() => allEdits[arch] ?? {}, [allEdits, arch])
  const { input, table, entries } = useMemo(() => archTable(arch, edits), [arch, edits])
  const failed = table.error ? table.rows.length : -1
  const { totals } = table
  return (
    <div className="arch">
      <div className="shape-fields arch-controls" data-controls>
        <label className="shape-field arch-pick">
          <span>Architecture</span>
          <select value={arch} onChange={(e) => setParams({ arch: e.target.value })}>
            {ARCHITECTURES.map((a) => (
              <option key={a} value={a}>
                {ARCHS[a].label}
              </option>
            ))}
          </select>
        </label>
        {input.map((v, i) => (
          <NumberField
            key={`${arch}-${i}`}
            spec={{
              name: INPUT_LABELS[i],
              type: 'integer',
              label: `input ${INPUT_LABELS[i]}`,
              default: v,
              min: FIELD_LIMITS[i === 0 ? 'channels' : 'size'][0],
              max: FIELD_LIMITS[i === 0 ? 'channels' : 'size'][1],
            }}
            value={v}
            onCommit={(n) => edit(arch, `input.${i}`, n)}
          />
        ))}
        <button
          type="button"
          className="link-button arch-undo"
          disabled={Object.keys(edits).length === 0}
          onClick={() => clear(arch)}
        >
          Undo my edits
        </button>
      </div>
      <p className="arch-note">{ARCHS[arch].note}</p>
      <div className="arch-scroll" tabIndex={0} role="region" aria-label="Layer table">
        <table className="arch-table">
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col">Output (C×H×W)</th>
              <th scope="col">Filters / units</th>
              <th scope="col">Kernel</th>
              <th scope="col">Stride</th>
              <th scope="col">Padding</th>
              <th scope="col">Weights</th>
              <th scope="col">Biases</th>
              <th scope="col">Parameters</th>
              <th scope="col">Multiply-adds</th>
              <th scope="col">Receptive field</th>
            </tr>
          </thead>
          <tbody>
            <tr className="arch-row arch-row--input">
              <th scope="row">input</th>
              <td className="arch-shape">{shape(input)}</td>
              <td colSpan={8} />
              <td>1×1</td>
            </tr>
            {entries.map((entry, i) => {
              const prefix = `${entry.path}.`
              const edited = new Set(
                Object.keys(edits)
                  .filter((k) => k.startsWith(prefix))
                  .map((k) => k.slice(prefix.length) as Field),
              )
              return [
                <Row
                  key={`${arch}:${entry.path}`}
                  entry={entry}
                  edited={edited}
                  onEdit={(f, v) => edit(arch, `${entry.path}.${f}`, v)}
                />,
                i === failed && table.error ? (
                  <tr key="error" className="arch-error">
                    <td colSpan={11} role="alert">
                      <strong>This layer cannot be applied: </strong>
                      {table.error.message}. The layers below it are not computed.
                    </td>
                  </tr>
                ) : null,
              ]
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="arch-shape">{shape(table.output)}</td>
              <td colSpan={4} />
              {(['weights', 'biases', 'params', 'macs'] as const).map((k) => (
                <td key={k} title={exact(totals[k])} data-total={k}>
                  {count(totals[k])}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  )
}
