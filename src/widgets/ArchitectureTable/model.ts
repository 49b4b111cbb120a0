/**
 * The table behind the widget: an architecture with the learner's edits applied, described layer by
 * layer by the engine's describeStack, each row paired with the layer spec (and its path) it came
 * from, so the row's inputs edit the right layer.
 */
import {
  describeStack,
  type LayerSpec,
  type StackRow,
  type StackTable,
} from '../../engine/index.ts'
import { ARCHS } from './architectures.ts'
import type { ArchName } from './schema.ts'

/** A hyperparameter the table lets the learner edit. */
export type Field = 'outChannels' | 'kernel' | 'stride' | 'padding' | 'outFeatures'

/** Allowed range of each editable number, inclusive. */
export const FIELD_LIMITS: Record<Field | 'channels' | 'size', [number, number]> = {
  outChannels: [1, 4096],
  outFeatures: [1, 10000],
  kernel: [1, 15],
  stride: [1, 8],
  padding: [0, 10],
  channels: [1, 1024],
  size: [1, 512],
}

/** Short labels, as the row shows them. */
export const FIELD_LABELS: Record<Field, string> = {
  outChannels: 'filters',
  outFeatures: 'units',
  kernel: 'kernel',
  stride: 'stride',
  padding: 'pad',
}

/** Which numbers of a layer can be edited, in display order. */
export function editableFields(spec: LayerSpec): Field[] {
  if (spec.type === 'conv') return ['outChannels', 'kernel', 'stride', 'padding']
  if (spec.type === 'pool') return ['kernel', 'stride', 'padding']
  if (spec.type === 'fc') return ['outFeatures']
  return []
}

/** The learner's edits: "path.field" -> value; "input.0" .. "input.2" edit the input [C, H, W]. */
export type Edits = Readonly<Record<string, number>>

/** A layer's current value of an editable field (kernel, stride and padding given as one number). */
export function fieldValue(spec: LayerSpec, field: Field): number {
  const v = (spec as Partial<Record<Field, number | readonly [number, number]>>)[field]
  if (typeof v === 'number') return v
  if (v) return v[0]
  // Unset: stride 1 (a pool's stride defaults to its kernel) and no padding.
  if (field === 'stride') return spec.type === 'pool' ? fieldValue(spec, 'kernel') : 1
  return 0
}

type Visit = (spec: LayerSpec, path: string) => LayerSpec

/** Rebuilds the layer tree through `visit`, children first, in describeStack's row order. */
function mapLayers(layers: readonly LayerSpec[], prefix: string, visit: Visit): LayerSpec[] {
  return layers.map((spec, i) => {
    const path = `${prefix}${i}`
    const sub = (list: LayerSpec[], tag: string) => mapLayers(list, `${path}/${tag}/`, visit)
    let next = spec
    if (spec.type === 'concat')
      next = { ...spec, branches: spec.branches.map((b, j) => sub(b, `b${j + 1}`)) }
    else if (spec.type === 'residual')
      next = {
        ...spec,
        body: sub(spec.body, 'body'),
        ...(spec.shortcut ? { shortcut: sub(spec.shortcut, 'shortcut') } : {}),
      }
    else if (spec.type === 'highway')
      next = { ...spec, transform: sub(spec.transform, 'H'), gate: sub(spec.gate, 'T') }
    return visit(next, path)
  })
}

/** One row of the widget: the layer, its path for edits, and the engine's row (null if never reached). */
export interface Entry {
  path: string
  spec: LayerSpec
  row: StackRow | null
  depth: number
}

/** The architecture after edits, its describeStack table and one entry per layer. */
export interface ArchTable {
  input: [number, number, number]
  table: StackTable
  entries: Entry[]
}

/** Applies the edits, runs describeStack and pairs every row with its layer. */
export function archTable(name: ArchName, edits: Edits): ArchTable {
  const arch = ARCHS[name]
  const input = arch.input.map((v, i) => edits[`input.${i}`] ?? v) as ArchTable['input']
  const order: Array<{ spec: LayerSpec; path: string }> = []
  const layers = mapLayers(arch.layers, '', (spec, path) => {
    const fields = editableFields(spec)
    const patch = Object.fromEntries(
      fields.filter((f) => `${path}.${f}` in edits).map((f) => [f, edits[`${path}.${f}`]]),
    )
    const next = { ...spec, ...patch } as LayerSpec
    order.push({ spec: next, path })
    return next
  })
  const table = describeStack(input, layers)
  const entries = order.map(({ spec, path }, i) => ({
    spec,
    path,
    row: table.rows[i] ?? null,
    depth: (path.match(/\//g)?.length ?? 0) / 2,
  }))
  return { input, table, entries }
}
