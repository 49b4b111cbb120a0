/**
 * The receptive field of one output unit, two ways: in theory from the geometry module's recurrence
 * (size r, jump j, where the field starts), and measured by the engine's autograd (which input cells
 * get a nonzero gradient when only that unit's gradient is 1).
 */
import {
  conv1d,
  conv2d,
  fieldStep,
  fitWindow,
  inputField,
  ones,
  zeros,
  type FieldState,
  type Tensor,
  type WindowFit,
} from '../../engine/index.ts'
import { padsOf, type StackLayer } from './layers.ts'

/** One layer's output size and the field after it. */
export interface LayerRow {
  fit: WindowFit
  field: FieldState
}

/** The whole stack in theory, or why it cannot be applied. */
export interface StackTheory {
  rows: LayerRow[]
  /** Output size of the last layer along each dimension (0 when the stack does not fit). */
  output: number
  error: string | null
}

/** Output size and receptive field after every layer of the stack on an input of `size` cells. */
export function stackTheory(layers: readonly StackLayer[], size: number): StackTheory {
  const rows: LayerRow[] = []
  let [n, field] = [size, inputField]
  for (const [i, layer] of layers.entries()) {
    const [before, after] = padsOf(layer)
    const { kernel, stride, dilation } = layer
    const fit = fitWindow({ size: n, kernel, stride, dilation, padBefore: before, padAfter: after })
    if (!fit.valid) return { rows, output: 0, error: `Layer ${i + 1}: ${fit.errors.join('; ')}.` }
    // Only the padding before the input moves where the field starts, so causal padding fits too.
    field = fieldStep(field, { kernel, stride, dilation, padding: before })
    rows.push({ fit, field })
    n = fit.output
  }
  return { rows, output: n, error: null }
}

/** Input cells [from, to] (inclusive, may reach into the padding) seen by output unit `at` along one dimension. */
export function fieldSpan(field: FieldState, at: number): [number, number] {
  const from = Math.round(field.start + at * field.jump - (field.receptiveField - 1) / 2)
  return [from, from + field.receptiveField - 1]
}

/**
 * The theoretical field of output unit `unit` (row-major over `cols` columns) as an inclusive box
 * [top, left, bottom, right] clipped to the input (null if wholly outside), and whether it was clipped.
 */
export function unitField(
  field: FieldState,
  unit: number,
  cols: number,
  dims: '1d' | '2d',
  size: number,
): { outline: [number, number, number, number] | null; clipped: boolean } {
  const w = Math.max(cols, 1)
  const [c0, c1] = fieldSpan(field, unit % w)
  const [r0, r1] = dims === '2d' ? fieldSpan(field, Math.floor(unit / w)) : [0, 0]
  const [right, bottom] = [size - 1, dims === '2d' ? size - 1 : 0]
  const clipped = c0 < 0 || c1 > right || r0 < 0 || r1 > bottom
  const box: [number, number, number, number] = [
    Math.max(r0, 0),
    Math.max(c0, 0),
    Math.min(r1, bottom),
    Math.min(c1, right),
  ]
  return { outline: box[0] > box[2] || box[1] > box[3] ? null : box, clipped }
}

/** What autograd says: the input gradient of one unit and the box of its nonzero cells. */
export interface Measured {
  /** dy_unit/dx per input cell, rows of the image (one row for 1-D). */
  grad: number[][]
  /** The same for every layer's output map, first layer first (rows of the last are the unit). */
  layerGrads: number[][][]
  /** Bounding box [top, left, bottom, right] of nonzero input cells, or null if none. */
  box: [number, number, number, number] | null
  /** How many input cells have a nonzero gradient. */
  count: number
}

const rowsOf = (t: Tensor, g: Float64Array, dims: '1d' | '2d'): number[][] => {
  const w = t.shape[t.shape.length - 1]
  const h = dims === '2d' ? t.shape[2] : 1
  return Array.from({ length: h }, (_, r) => Array.from(g.subarray(r * w, (r + 1) * w)))
}

/**
 * Runs the stack with every weight 1 and back-propagates a one-hot gradient from output unit
 * `unit` (row-major). With all weights 1 no two paths can cancel, so a cell's gradient is the
 * number of paths from it to the unit, nonzero exactly when the unit depends on it.
 */
export function measureField(
  layers: readonly StackLayer[],
  size: number,
  dims: '1d' | '2d',
  unit: number,
): Measured {
  const x = ones(dims === '2d' ? [1, 1, size, size] : [1, 1, size], { requiresGrad: true })
  const maps: Tensor[] = []
  let y = x
  for (const l of layers) {
    const [before, after] = padsOf(l)
    y =
      dims === '2d'
        ? conv2d(y, ones([1, 1, l.kernel, l.kernel]), null, {
            stride: l.stride,
            dilation: l.dilation,
            padding: before,
          })
        : conv1d(y, ones([1, 1, l.kernel]), null, {
            stride: l.stride,
            dilation: l.dilation,
            padding: { left: before, right: after },
          })
    maps.push(y)
  }
  const seed = zeros(y.shape).data
  seed[Math.min(Math.max(unit, 0), seed.length - 1)] = 1
  y.backward(seed)
  const grad = rowsOf(x, x.grad!, dims)
  let count = 0
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1]
  for (const [r, row] of grad.entries()) {
    for (const [c, g] of row.entries()) {
      if (g === 0) continue
      count++
      ;[top, left] = [Math.min(top, r), Math.min(left, c)]
      ;[bottom, right] = [Math.max(bottom, r), Math.max(right, c)]
    }
  }
  const box: Measured['box'] = count > 0 ? [top, left, bottom, right] : null
  return { grad, layerGrads: maps.map((m) => rowsOf(m, m.grad!, dims)), box, count }
}
