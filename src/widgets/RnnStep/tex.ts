/** TeX for the worked step with live numbers: pure strings, so they are unit-tested. */
import { formatNumber } from '../../lesson/format.ts'
import type { StepModel } from './model.ts'

const FROM_SUPERSCRIPT: Record<string, string> = {
  '⁻': '-',
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
}

/** A number as TeX: formatNumber's rounding, with a plain minus and 10^{k} for tiny or huge values. */
export function texNumber(v: number, digits = 4): string {
  const text = formatNumber(v, digits).replace(/−/g, '-')
  const sci = /^(.*)×10(.*)$/.exec(text)
  if (!sci) return text.replace('∞', '\\infty')
  const exponent = Array.from(sci[2], (c) => FROM_SUPERSCRIPT[c] ?? c).join('')
  return `${sci[1]} \\times 10^{${exponent}}`
}

/** A factor in a product: negative numbers in parentheses, as one writes them by hand. */
export function texFactor(v: number, digits = 4): string {
  const t = texNumber(v, digits)
  return t.startsWith('-') ? `(${t})` : t
}

/** A row vector: \begin{pmatrix} a & b \end{pmatrix}, with an optional bar after `splitAt` entries. */
export function texRow(values: readonly number[], splitAt?: number): string {
  const cells = values.map((v) => texNumber(v))
  if (splitAt !== undefined && splitAt > 0 && splitAt < cells.length) {
    const left = cells.slice(0, splitAt).join(' & ')
    const right = cells.slice(splitAt).join(' & ')
    return String.raw`\left(\begin{matrix} ${left} \end{matrix}\;\middle|\;\begin{matrix} ${right} \end{matrix}\right)`
  }
  return String.raw`\begin{pmatrix} ${cells.join(' & ')} \end{pmatrix}`
}

/**
 * Output j of the product, every term visible: z_j = c_1·W_1j + … (the givens), then the engine's
 * products, then the engine's sum.
 */
export function productTex(m: StepModel, j: number): string {
  const factors = m.concat.map(
    (c, i) => String.raw`${texFactor(c)} \cdot ${texFactor(m.weights[i][j])}`,
  )
  const terms = m.products.map((p) => texFactor(p[j]))
  const head = `z_{${j + 1}} = ${factors.join(' + ')}`
  const tail = `${terms.join(' + ')} = ${texNumber(m.z[j])}`
  // Beyond four terms one line outgrows a phone or a notebook column: continue on a second line.
  if (factors.length <= 4) return `${head} = ${tail}`
  return String.raw`\begin{aligned} ${head.replace('=', '&=')} \\ &= ${tail} \end{aligned}`
}

/** A matrix, row by row. */
export function texMatrix(rows: readonly (readonly number[])[]): string {
  const body = rows.map((r) => r.map((v) => texNumber(v)).join(' & ')).join(String.raw` \\ `)
  return String.raw`\begin{pmatrix} ${body} \end{pmatrix}`
}

/**
 * Every display line of the worked step, in reading order. `compact` writes the product as one
 * vector instead of one sum of products per output (room for the split form on a slide).
 */
export function workingTex(m: StepModel, b: readonly number[], compact = false): string[] {
  const tanhs = m.preact.map((a) => String.raw`\tanh(${texNumber(a)})`).join(' & ')
  const product = compact
    ? [String.raw`\mathbf{z} = [\mathbf{h}_{t-1}, \mathbf{x}_t]\, W = ${texRow(m.z)}`]
    : m.z.map((_, j) => productTex(m, j))
  return [
    String.raw`[\mathbf{h}_{t-1}, \mathbf{x}_t] = ${texRow(m.concat, m.H)}`,
    ...product,
    String.raw`\mathbf{a} = \mathbf{z} + \mathbf{b} = ${texRow(m.z)} + ${texRow(b)} = ${texRow(m.preact)}`,
    String.raw`\mathbf{h}_t = \tanh(\mathbf{a}) = \begin{pmatrix} ${tanhs} \end{pmatrix} = ${texRow(m.h)}`,
  ]
}

/** The split form's lines: W cut into W_hh (first H rows) and W_xh (last D rows). */
export function splitTex(m: StepModel, h: readonly number[], x: readonly number[]): string[] {
  const wHh = m.weights.slice(0, m.H)
  const wXh = m.weights.slice(m.H)
  const s = m.split
  return [
    String.raw`\mathbf{h}_{t-1} W_{hh} = ${texRow(h)} ${texMatrix(wHh)} = ${texRow(s.hPart)}`,
    String.raw`\mathbf{x}_t W_{xh} = ${texRow(x)} ${texMatrix(wXh)} = ${texRow(s.xPart)}`,
    String.raw`\mathbf{h}_{t-1} W_{hh} + \mathbf{x}_t W_{xh} + \mathbf{b} = ${texRow(s.preact)}`,
  ]
}
