/** What each gate does in this step, in plain words with the engine's numbers. */
import { formatNumber } from '../../lesson/format.ts'
import type { GruModel } from './gruModel.ts'
import type { LstmModel } from './lstmModel.ts'

const percent = (v: number) => `${Math.round(v * 100)}%`
const three = (v: number) => formatNumber(v, 3)

/**
 * "42% of the old memory in unit 1 and 88% in unit 2": the object after the first value only, and
 * no unit for a single unit.
 */
export function perUnit(
  values: readonly number[],
  show: (v: number) => string,
  object: string,
): string {
  if (values.length === 1) return `${show(values[0])} ${object}`
  const parts = values.map((v, j) => `${show(v)}${j === 0 ? ` ${object}` : ''} in unit ${j + 1}`)
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/** One line per gate, i, f, g, o: "f keeps 92% of the old memory in unit 1 and …". */
export function lstmWords(m: LstmModel): string[] {
  const { i, f, g, o } = m.gates
  return [
    `i writes ${perUnit(i, percent, 'of the candidate g')}.`,
    `f keeps ${perUnit(f, percent, 'of the old memory')}.`,
    `g proposes ${perUnit(g, three, 'as new content')}.`,
    `o shows ${perUnit(o, percent, 'of tanh(cₜ) as hₜ')}.`,
  ]
}

/** One line per gate, r, z, n. */
export function gruWords(m: GruModel): string[] {
  const { r, z, n } = m.gates
  return [
    `r lets ${perUnit(r, percent, 'of the old state’s term h·Wₕₙ into the candidate')}.`,
    `z keeps ${perUnit(z, percent, 'of the old state')}; the rest of hₜ comes from n.`,
    `n proposes ${perUnit(n, three, 'as the new state')}.`,
  ]
}
