/**
 * The calculator's numbers, all from the engine's geometry module: the fit along height and width,
 * the output volume, weights and biases, multiply-adds, and the formulas with the numbers put in.
 */
import {
  convMacs,
  convParams,
  errata,
  fitWindow,
  showNumber,
  type Erratum,
  type ParamCount,
  type WindowFit,
} from '../../engine/index.ts'
import type { LayerHyper } from './schema.ts'

/** What one layer gives. */
export interface ShapeResult {
  fitH: WindowFit
  fitW: WindowFit
  valid: boolean
  /** Output [width, height, depth] (zeros when nothing fits). */
  output: [number, number, number]
  params: ParamCount
  macs: number
  /** Plain-words reasons: errors stop the layer, warnings say what the rounding drops. */
  errors: string[]
  warnings: string[]
  /** A tip for keeping the size, when stride 1 and an odd kernel would allow it. */
  tip: string | null
}

const label = (what: string, list: string[], same: boolean) =>
  same ? list : list.map((m) => `${what}: ${m}`)

/** Runs the geometry for both spatial dimensions and the parameter count. */
export function shapeOf(h: LayerHyper): ShapeResult {
  const dim = (size: number) =>
    fitWindow({
      size,
      kernel: h.kernel,
      stride: h.stride,
      padding: h.padding,
      dilation: h.dilation,
    })
  const fitW = dim(h.width)
  const fitH = dim(h.height)
  const same = h.width === h.height
  const errors = [
    ...label('width', fitW.errors, same),
    ...(same ? [] : label('height', fitH.errors, same)),
  ]
  const warnings = [
    ...label('width', fitW.warnings, same),
    ...(same ? [] : label('height', fitH.warnings, same)),
  ]
  const valid = fitW.valid && fitH.valid
  const output: [number, number, number] = valid ? [fitW.output, fitH.output, h.filters] : [0, 0, 0]
  const params = convParams(h.depth, h.filters, h.kernel, h.bias)
  const macs = valid ? convMacs(fitH.output, fitW.output, h.depth, h.filters, h.kernel) : 0
  const keep = (h.dilation * (h.kernel - 1)) / 2
  const tip =
    valid && h.stride === 1 && Number.isInteger(keep) && keep !== h.padding
      ? `With stride 1, padding ${showNumber(keep)} (half the ${h.dilation > 1 ? 'dilated ' : ''}kernel's reach) would keep the size at ${h.width}×${h.height}.`
      : null
  return { fitH, fitW, valid, output, params, macs, errors, warnings, tip }
}

/** TeX for one output side, W2 = (W1 − F + 2P)/S + 1 (dilation written in only when it is not 1). */
export function sizeTex(side: 'W' | 'H', size: number, h: LayerHyper, fit: WindowFit): string {
  const reach = h.dilation === 1 ? 'F' : 'D(F - 1) - 1'
  const reachN = h.dilation === 1 ? `${h.kernel}` : `${h.dilation}(${h.kernel} - 1) - 1`
  const rounded = fit.valid && !fit.exactFit ? String.raw` \;\Rightarrow\; ${fit.output}` : ''
  return String.raw`${side}_2 = \frac{${side}_1 - ${reach} + 2P}{S} + 1 = \frac{${size} - ${reachN} + 2 \cdot ${h.padding}}{${h.stride}} + 1 = ${showNumber(fit.exact)}${rounded}`
}

/** TeX for the parameter count F·F·D·K + K with the numbers in. */
export function paramsTex(h: LayerHyper, p: ParamCount): string {
  const biases = h.bias ? String.raw` + ${h.filters}` : ''
  const biasSym = h.bias ? ' + K' : ''
  return String.raw`F \cdot F \cdot D \cdot K${biasSym} = ${h.kernel} \cdot ${h.kernel} \cdot ${h.depth} \cdot ${h.filters}${biases} = ${p.total.toLocaleString('en-US').replace(/,/g, '{,}')}`
}

// An output-size calculation as the errata write it: (W + 2 × P − F)/S + 1.
const SIZE_CALC = /\((\d+) \+ 2 × (\d+) − (\d+)\)\/(\d+) \+ 1/

/** Known slips in the lecture decks about exactly this layer's output size, read from the engine. */
export function errataFor(h: LayerHyper, list: readonly Erratum[] = errata): Erratum[] {
  return list.filter((e) => {
    const m = SIZE_CALC.exec(e.correct)
    if (!m || h.dilation !== 1) return false
    const [w, p, f, s] = m.slice(1).map(Number)
    return (w === h.width || w === h.height) && p === h.padding && f === h.kernel && s === h.stride
  })
}
