/**
 * Layer-by-layer table of a described network: output shape, weights, biases, multiply-adds and
 * receptive field of every layer, computed from the same window arithmetic the kernels use. It is
 * data, so an architecture widget can feed it LeNet-5, AlexNet, VGG-16 or a ResNet block and render
 * rows, and a lesson can quote a total without a hand-typed number.
 */
import { fitPoolWindow, fitWindow } from './window.ts'
import { convMacs, convParams, kernelPair, linearMacs, linearParams } from './params.ts'
import { fieldStep, inputField, type FieldState } from './receptiveField.ts'

type Pair = number | readonly [number, number]

/** One layer of a described network. Shapes are [C, H, W] (channels first, as PyTorch) or [F]. */
export type LayerSpec =
  | {
      type: 'conv'
      name?: string
      outChannels: number
      kernel: Pair
      stride?: Pair
      padding?: Pair
      dilation?: Pair
      bias?: boolean
    }
  | {
      type: 'pool'
      name?: string
      mode?: 'max' | 'avg'
      kernel: Pair
      stride?: Pair
      padding?: Pair
      ceilMode?: boolean
    }
  | { type: 'fc'; name?: string; outFeatures: number; bias?: boolean }
  /** A shape-preserving layer without parameters: ReLU, local response normalisation, dropout. */
  | { type: 'act'; name: string }
  /** Parallel branches on the same input, joined by DepthConcat (zero-padded to the largest map). */
  | { type: 'concat'; name?: string; branches: LayerSpec[][] }
  /** body(x) + shortcut(x); the shortcut defaults to the identity. */
  | { type: 'residual'; name?: string; body: LayerSpec[]; shortcut?: LayerSpec[] }
  /** Highway layer: y = H(x) T(x) + x (1 - T(x)); H and T keep the shape of x, each with its own weights. */
  | { type: 'highway'; name?: string; transform: LayerSpec[]; gate: LayerSpec[] }

/** One row of the table. */
export interface StackRow {
  name: string
  type: LayerSpec['type']
  /** Nesting level: 0 for the main path, 1 inside a branch, and so on. */
  depth: number
  input: number[]
  output: number[]
  weights: number
  biases: number
  params: number
  macs: number
  /** Receptive field [height, width] on the network input, or null once a layer sees everything (fc). */
  receptiveField: [number, number] | null
  /** Input pixels between neighbouring outputs [height, width], or null after an fc layer. */
  jump: [number, number] | null
  /** Non-fatal notes, such as a stride that does not fit exactly. */
  warnings: string[]
}

/** The whole table, its totals and, if a layer cannot be applied, which one and why. */
export interface StackTable {
  rows: StackRow[]
  output: number[]
  totals: { weights: number; biases: number; params: number; macs: number }
  error: { layer: string; message: string } | null
}

type Field = [FieldState, FieldState] | null

/** The layer being described, so an error thrown deep inside (e.g. a bad count) can name it. */
let currentLayer = 'input'

class StackError extends Error {
  constructor(
    readonly layer: string,
    message: string,
  ) {
    super(message)
  }
}

const show = (s: readonly number[]) => `[${s.join(', ')}]`

function maxField(a: Field, b: Field): Field {
  if (!a || !b) return null
  const pick = (x: FieldState, y: FieldState) => (y.receptiveField > x.receptiveField ? y : x)
  return [pick(a[0], b[0]), pick(a[1], b[1])]
}

function walk(
  layers: readonly LayerSpec[],
  shape: number[],
  field: Field,
  depth: number,
  rows: StackRow[],
  prefix: string,
): [number[], Field] {
  const counters = new Map<string, number>()
  for (const layer of layers) {
    const n = (counters.get(layer.type) ?? 0) + 1
    counters.set(layer.type, n)
    const name = prefix + (layer.name ?? `${layer.type}${n}`)
    currentLayer = name
    const row = (output: number[], f: Field, extra: Partial<StackRow> = {}): StackRow => ({
      name,
      type: layer.type,
      depth,
      input: shape,
      output,
      weights: 0,
      biases: 0,
      params: 0,
      macs: 0,
      receptiveField: f && [f[0].receptiveField, f[1].receptiveField],
      jump: f && [f[0].jump, f[1].jump],
      warnings: [],
      ...extra,
    })
    if (layer.type === 'conv' || layer.type === 'pool') {
      if (shape.length !== 3)
        throw new StackError(name, `${name} needs a [C, H, W] input, got ${show(shape)}`)
      const [c, h, w] = shape
      const k = kernelPair(layer.kernel)
      const s = kernelPair(layer.stride ?? (layer.type === 'pool' ? layer.kernel : 1))
      const p = kernelPair(layer.padding ?? 0)
      const d = kernelPair(layer.type === 'conv' ? (layer.dilation ?? 1) : 1)
      const fit = layer.type === 'conv' ? fitWindow : fitPoolWindow
      const ceilMode = layer.type === 'pool' && layer.ceilMode
      const fits = [0, 1].map((i) =>
        fit({
          size: [h, w][i],
          kernel: k[i],
          stride: s[i],
          padding: p[i],
          dilation: d[i],
          ceilMode,
        }),
      )
      const errors = fits.flatMap((f, i) => f.errors.map((e) => `${['height', 'width'][i]}: ${e}`))
      if (errors.length > 0)
        throw new StackError(name, `${name} on ${show(shape)}: ${errors.join('; ')}`)
      const warnings = fits.flatMap((f, i) =>
        f.warnings.map((e) => `${['height', 'width'][i]}: ${e}`),
      )
      const [oh, ow] = [fits[0].output, fits[1].output]
      const f: Field = field && [
        fieldStep(field[0], { kernel: k[0], stride: s[0], padding: p[0], dilation: d[0] }),
        fieldStep(field[1], { kernel: k[1], stride: s[1], padding: p[1], dilation: d[1] }),
      ]
      if (layer.type === 'pool') {
        rows.push(row([c, oh, ow], f, { warnings }))
        shape = [c, oh, ow]
      } else {
        const pc = convParams(c, layer.outChannels, k, layer.bias ?? true)
        const macs = convMacs(oh, ow, c, layer.outChannels, k)
        shape = [layer.outChannels, oh, ow]
        rows.push(
          row(shape, f, {
            weights: pc.weights,
            biases: pc.biases,
            params: pc.total,
            macs,
            warnings,
          }),
        )
      }
      field = f
    } else if (layer.type === 'fc') {
      const inFeatures = shape.reduce((a, b) => a * b, 1)
      const pc = linearParams(inFeatures, layer.outFeatures, layer.bias ?? true)
      shape = [layer.outFeatures]
      field = null
      rows.push(
        row(shape, null, {
          weights: pc.weights,
          biases: pc.biases,
          params: pc.total,
          macs: linearMacs(inFeatures, layer.outFeatures),
        }),
      )
    } else if (layer.type === 'act') {
      rows.push(row(shape, field))
    } else if (layer.type === 'concat') {
      if (shape.length !== 3)
        throw new StackError(name, `${name} needs a [C, H, W] input, got ${show(shape)}`)
      if (layer.branches.length === 0) throw new StackError(name, `${name} has no branches`)
      const outs = layer.branches.map((b, i) =>
        walk(b, shape, field, depth + 1, rows, `${name}/${i + 1}/`),
      )
      const bad = outs.find(([s]) => s.length !== 3)
      if (bad)
        throw new StackError(
          name,
          `${name}: every branch must end in a [C, H, W] map, got ${show(bad[0])}`,
        )
      const out = [
        outs.reduce((a, [s]) => a + s[0], 0),
        Math.max(...outs.map(([s]) => s[1])),
        Math.max(...outs.map(([s]) => s[2])),
      ]
      const f = outs.reduce<Field>((a, [, fb]) => maxField(a, fb), outs[0][1])
      rows.push(row(out, f))
      shape = out
      field = f
    } else if (layer.type === 'highway') {
      const paths = [
        ['H', walk(layer.transform, shape, field, depth + 1, rows, `${name}/H/`)],
        ['T', walk(layer.gate, shape, field, depth + 1, rows, `${name}/T/`)],
      ] as const
      for (const [what, [out]] of paths) {
        if (show(out) !== show(shape)) {
          throw new StackError(
            name,
            `${name}: ${what}(x) gives ${show(out)} but x is ${show(shape)}; the gate mixes H(x) and x cell by cell, so all must have one shape`,
          )
        }
      }
      const f = maxField(field, maxField(paths[0][1][1], paths[1][1][1]))
      rows.push(row(shape, f))
      field = f
    } else {
      const [bodyOut, bodyField] = walk(layer.body, shape, field, depth + 1, rows, `${name}/body/`)
      const [shortOut, shortField] = layer.shortcut
        ? walk(layer.shortcut, shape, field, depth + 1, rows, `${name}/shortcut/`)
        : [shape, field]
      if (show(bodyOut) !== show(shortOut)) {
        throw new StackError(
          name,
          `${name}: the body gives ${show(bodyOut)} but the shortcut gives ${show(shortOut)}; they must match to be added`,
        )
      }
      const f = maxField(bodyField, shortField)
      rows.push(row(bodyOut, f))
      shape = bodyOut
      field = f
    }
  }
  return [shape, field]
}

/** Shapes, parameters, multiply-adds and receptive fields, layer by layer, for an input [C, H, W]. */
export function describeStack(input: readonly number[], layers: readonly LayerSpec[]): StackTable {
  const rows: StackRow[] = []
  let output: number[]
  let error: StackTable['error'] = null
  currentLayer = 'input'
  try {
    if (input.length !== 3 || input.some((x) => !Number.isInteger(x) || x < 1)) {
      throw new StackError(
        'input',
        `input must be [C, H, W] with whole sizes >= 1, got ${show(input)}`,
      )
    }
    output = walk(layers, [...input], [inputField, inputField], 0, rows, '')[0]
  } catch (e) {
    if (!(e instanceof StackError) && !(e instanceof RangeError)) throw e
    error =
      e instanceof StackError
        ? { layer: e.layer, message: e.message }
        : { layer: currentLayer, message: `${currentLayer}: ${e.message}` }
    output = rows.length > 0 ? rows[rows.length - 1].output : [...input]
  }
  const sum = (key: 'weights' | 'biases' | 'params' | 'macs') =>
    rows.reduce((a, r) => a + r[key], 0)
  return {
    rows,
    output,
    totals: {
      weights: sum('weights'),
      biases: sum('biases'),
      params: sum('params'),
      macs: sum('macs'),
    },
    error,
  }
}
