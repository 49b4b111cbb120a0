import type { LayerSpec } from '../../engine/index.ts'
import { NumberField } from '../ShapeCalculator/NumberField.tsx'
import { count, exact, shape } from './format.ts'
import {
  editableFields,
  FIELD_LABELS,
  FIELD_LIMITS,
  fieldValue,
  type Entry,
  type Field,
} from './model.ts'

/** The hyperparameter columns; filters and units share the first. */
export const COLUMNS: readonly (readonly Field[])[] = [
  ['outChannels', 'outFeatures'],
  ['kernel'],
  ['stride'],
  ['padding'],
]

interface Props {
  entry: Entry
  /** Fields the learner changed on this layer (highlighted). */
  edited: ReadonlySet<Field>
  onEdit: (field: Field, value: number) => void
}

const KIND: Record<LayerSpec['type'], string> = {
  conv: 'conv',
  pool: 'pool',
  fc: 'fc',
  act: '',
  concat: 'DepthConcat',
  residual: 'add',
  highway: 'H·T + x·(1−T)',
}

/** One layer: its name, its editable hyperparameters, then what the engine computed for it. */
export function Row({ entry, edited, onEdit }: Props) {
  const { spec, row, depth } = entry
  const name = spec.name ?? spec.type
  const kind = spec.type === 'pool' ? `${spec.mode ?? 'max'} pool` : KIND[spec.type]
  // Which parallel path the layer sits on: an inception branch, a block's body or shortcut, H or T.
  const tag = /\/(b\d+|body|shortcut|H|T)\/\d+$/.exec(entry.path)?.[1]
  const branch = tag?.startsWith('b') ? `branch ${tag.slice(1)}` : tag
  const fields = editableFields(spec)
  const num = (n: number | undefined) => (row && n !== undefined ? count(n) : '–')
  return (
    <tr className={row ? `arch-row arch-row--${spec.type}` : 'arch-row arch-row--off'}>
      <th scope="row" style={{ paddingLeft: `${0.4 + depth * 1.1}em` }}>
        {branch ? <span className="arch-branch">{branch}</span> : null}
        {name}
        {kind ? <span className="arch-kind">{kind}</span> : null}
        {row?.warnings.map((w) => (
          <small key={w} className="arch-warning">
            {w}
          </small>
        ))}
      </th>
      <td className="arch-shape">{row ? shape(row.output) : '–'}</td>
      {COLUMNS.map((col) => {
        const f = fields.find((x) => col.includes(x))
        return (
          <td key={col[0]} className="arch-hyper">
            {f ? (
              <span className={edited.has(f) ? 'arch-field arch-field--edited' : 'arch-field'}>
                <NumberField
                  spec={{
                    name: f,
                    type: 'integer',
                    label: FIELD_LABELS[f],
                    default: FIELD_LIMITS[f][0],
                    min: FIELD_LIMITS[f][0],
                    max: FIELD_LIMITS[f][1],
                  }}
                  value={fieldValue(spec, f)}
                  onCommit={(v) => onEdit(f, v)}
                />
              </span>
            ) : null}
          </td>
        )
      })}
      <td title={row ? exact(row.weights) : undefined}>{num(row?.weights)}</td>
      <td title={row ? exact(row.biases) : undefined}>{num(row?.biases)}</td>
      <td title={row ? exact(row.params) : undefined}>{num(row?.params)}</td>
      <td title={row ? exact(row.macs) : undefined}>{num(row?.macs)}</td>
      <td>
        {row?.receptiveField
          ? `${row.receptiveField[0]}×${row.receptiveField[1]} (jump ${row.jump![0]})`
          : row
            ? 'all'
            : '–'}
      </td>
    </tr>
  )
}
