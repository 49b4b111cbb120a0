/** TeX pieces shared by the LSTM and GRU working: coloured gate blocks, gate lines, unit lines. */
import { formatNumber } from '../../lesson/format.ts'
import { texFactor, texNumber } from './tex.ts'

/**
 * Dark Okabe–Ito hues (readable as text on white, told apart with the common colour deficiencies).
 * rnnStep.css repeats them as --gate-* and swaps in lighter ones on the dark theme.
 */
export const GATE_COLOR: Record<string, string> = {
  i: '#0072B2',
  f: '#B84A00',
  g: '#007A5A',
  o: '#A2457F',
  r: '#B84A00',
  z: '#0072B2',
  n: '#007A5A',
}

/** Three significant digits keep a gated step's lines short enough for a slide. */
export const DIGITS = 3

/** One display line: its TeX, and for the key lines a plain reading for screen readers. */
export interface Line {
  tex: string
  label?: string
}

/** One stage of the working: a heading, its display lines, and plain-words notes. */
export interface Section {
  id: string
  title: string
  lines: Line[]
  notes: string[]
}

/** A number at the working's precision. */
export const num = (v: number) => texNumber(v, DIGITS)
/** A factor at the working's precision (negative numbers in parentheses). */
export const fac = (v: number) => texFactor(v, DIGITS)
/** A number at the working's precision, for a plain-text reading. */
export const plain = (v: number) => formatNumber(v, DIGITS)
/** Values as a plain list: "0.5, −1.25". */
export const plainList = (values: readonly number[]) => values.map(plain).join(', ')

/** A gate's bold symbol in its colour. */
export function gate(name: string): string {
  return String.raw`\textcolor{${GATE_COLOR[name]}}{\mathbf{${name}}}`
}

/** A row vector at the working's precision. */
export function row(values: readonly number[]): string {
  return String.raw`\begin{pmatrix} ${values.map(num).join(' & ')} \end{pmatrix}`
}

/** A vector cut into coloured blocks, each braced underneath with its name (a_i, a_f, …); braces keep a minus unary. */
export function blocks(
  parts: readonly { name: string; values: readonly number[] }[],
  sub: string,
): { tex: string; label: string } {
  const body = parts
    .map(
      (p) =>
        String.raw`\textcolor{${GATE_COLOR[p.name]}}{\underbrace{${p.values.map((v) => `{${num(v)}}`).join(String.raw`\;\;`)}}_{${sub}_${p.name}}}`,
    )
    .join(String.raw`\;\middle|\;`)
  const label = parts.map((p) => `${sub}_${p.name} = ${plainList(p.values)}`).join('; ')
  return { tex: String.raw`\left(\; ${body} \;\right)`, label }
}

/** The gate's numbers: fn of each pre-activation, then the engine's values (the formula is above it). */
export function gateLine(
  name: string,
  fn: 'sigmoid' | 'tanh',
  preValues: readonly number[],
  values: readonly number[],
): Line {
  const [tex, text] = fn === 'sigmoid' ? [String.raw`\sigma`, 'σ'] : [String.raw`\tanh`, 'tanh']
  const applied = preValues.map((a) => `${tex}(${num(a)})`).join(' & ')
  const read = preValues.map((a, j) => `${text}(${plain(a)}) = ${plain(values[j])}`).join(', ')
  return {
    tex: String.raw`${gate(name)} = \begin{pmatrix} ${applied} \end{pmatrix} = ${row(values)}`,
    label: `${name}: ${read}`,
  }
}

/**
 * For each unit j, `lhs_j = first step`, then `= the remaining steps` on a second row, aligned at
 * the equals signs: two short rows fit beside the givens on a slide where one long one would not.
 */
export function unitLines(H: number, line: (j: number) => string[]): string {
  const lines = Array.from({ length: H }, (_, j) => {
    const [lhs, first, ...rest] = line(j)
    return rest.length ? `${lhs} &= ${first} \\\\ &= ${rest.join(' = ')}` : `${lhs} &= ${first}`
  })
  return String.raw`\begin{aligned} ${lines.join(String.raw` \\ `)} \end{aligned}`
}
