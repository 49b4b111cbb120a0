/** The stamp stepper's words: one sentence per stamp, and the output-size formula as TeX. */
import { formatNumber } from '../../lesson/format.ts'
import type { TransposedFit } from '../../engine/index.ts'
import type { StampStep } from '../../trace/convSteps.ts'
import type { Landing, StampLayer } from './model.ts'

// Coordinates count from 0, as in PyTorch; a cropped row can be negative, written with a true minus.
const at = (i: number) => String(i).replace('-', '−')
const span = ([a, b]: [number, number]) => (a === b ? at(a) : `${at(a)} to ${at(b)}`)
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** What one stamp does, in words: where the scaled kernel lands, what is cropped, what adds. */
export function stampSentence(step: StampStep, land: Landing, layer: StampLayer): string {
  const [ih, iw] = step.from
  const x = formatNumber(step.x)
  const { stride: s, padding: p, kernel: k } = layer
  const corner =
    p > 0 || s > 1
      ? ` (corner at row ${ih}·${s} − ${p} = ${at(land.rows[0])}, column ${iw}·${s} − ${p} = ${at(land.cols[0])})`
      : ''
  const parts = [
    `Input (${ih}, ${iw}) = ${x} stamps ${x} × kernel onto output rows ${span(land.rows)}, ` +
      `columns ${span(land.cols)}${corner}.`,
  ]
  if (land.cropped > 0)
    parts.push(
      `${plural(land.cropped, 'cell', 'cells')} of its ${k * k} ${land.cropped === 1 ? 'falls' : 'fall'} outside the dashed crop and ${land.cropped === 1 ? 'is' : 'are'} cut away.`,
    )
  parts.push(
    land.overlaps > 0
      ? `${plural(land.overlaps, 'cell lands', 'cells land')} where earlier stamps already wrote: there the values add.`
      : 'No earlier stamp reached these cells, so nothing adds yet.',
  )
  return parts.join(' ')
}

/** The output-size formula with the layer's numbers; the result only when the layer fits. */
export function sizeTex(layer: StampLayer, fit: TransposedFit): string {
  const { size: w, kernel: k, stride: s, padding: p, outputPadding: op } = layer
  const general = String.raw`(W-1)\cdot S - 2P + K + P_{\text{out}}`
  const numbers = String.raw`(${w}-1)\cdot ${s} - 2\cdot ${p} + ${k} + ${op}`
  const result = fit.valid ? ` = ${fit.output}` : ''
  return String.raw`\text{output size} = ${general} = ${numbers}${result}`
}
