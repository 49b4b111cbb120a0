/**
 * One output cell's sum written as a formula with the live numbers (KaTeX source). Short sums list
 * every product; long ones (several channels) list one sum per channel so the line stays readable.
 */
import { formatNumber } from '../../lesson/format.ts'
import type { ConvStep } from '../../trace/convSteps.ts'
import { channelSums } from './model.ts'

/** Above this many products the formula switches to one term per channel. */
export const MAX_TERMS = 12

/** A number as TeX: three significant digits, negatives in parentheses when they follow an operator. */
export function texNumber(v: number, wrap = true): string {
  const abs = Math.abs(v)
  let text: string
  if (v !== 0 && (abs < 1e-4 || abs >= 1e6)) {
    const [m, e] = v.toExponential(2).split('e')
    text = `${m.replace(/\.?0+$/, '')} \\times 10^{${Number(e)}}`
  } else text = formatNumber(v, 3).replace('−', '-')
  return wrap && v < 0 ? `(${text})` : text
}

/** TeX for z at output (row, col) counted from 1, with its sum, bias and (optionally) ReLU. */
export function stepTex(
  step: ConvStep,
  o: { channels: number; bias: boolean; relu: boolean; shown: number; oneD?: boolean },
): string {
  const [r, c] = step.out
  const lhs = o.oneD ? `z_{${c + 1}}` : `z_{${r + 1},${c + 1}}`
  const terms =
    step.taps.length <= MAX_TERMS
      ? step.taps.map((t) => `${texNumber(t.w)} \\cdot ${texNumber(t.x)}`)
      : channelSums(step, o.channels).map(
          (s, ch) => `\\underbrace{${texNumber(s)}}_{\\text{ch } ${ch + 1}}`,
        )
  if (o.bias) terms.push(`\\underbrace{${texNumber(step.bias)}}_{b}`)
  let tex = `${lhs} = ${terms.join(' + ')} = ${texNumber(step.value, false)}`
  if (o.relu) tex += `,\\quad \\operatorname{ReLU}(${lhs}) = ${texNumber(o.shown, false)}`
  return tex
}
