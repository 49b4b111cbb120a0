/**
 * The equation behind one heatmap cell with its live numbers (KaTeX source), plus the value at full
 * precision and the pre-activation it came from. The numbers are the trace's; this only writes
 * them down.
 */
import { texNumber } from '../ConvStepper/tex.ts'
import type { GateRun, MapKey } from './model.ts'

/** One cell's working: value, pre-activation (null where the value is not a squashed sum). */
export interface CellEquation {
  value: number
  preact: number | null
  /** Which squashing turns the pre-activation into the value. */
  squash: 'sigmoid' | 'tanh' | null
  tex: string
  /** What the quantity means, in words. */
  meaning: string
}

const MEANING: Record<MapKey, string> = {
  f: 'forget gate: the share of cₜ₋₁ this unit keeps',
  i: 'input gate: how much of the candidate g is written',
  g: 'candidate: the value that would be written to the cell',
  o: 'output gate: how much of tanh(cₜ) is shown as hₜ',
  c: 'cell state: kept memory plus the new write',
  h: 'hidden state: what the next step and the next layer see',
  r: 'reset gate: how much of the old state enters the candidate',
  z: 'update gate: the share of hₜ₋₁ kept (1 − z goes to the candidate)',
  n: 'candidate: the new state proposed from xₜ and the reset old state',
}

const n = (v: number) => texNumber(v)
const plain = (v: number) => texNumber(v, false)

/** The working of map `key` at step t (1-based) and unit j (0-based), or null outside the run. */
export function cellEquation(run: GateRun, key: MapKey, t: number, j: number): CellEquation | null {
  const step = run.steps[t - 1]
  if (!step || j < 0 || j >= step.h.length) return null
  const at = `_{${t}}[${j + 1}]`
  const prev = `_{${t - 1}}[${j + 1}]`
  const meaning = MEANING[key]
  const squashed = (
    name: string,
    fn: 'sigmoid' | 'tanh',
    a: number,
    value: number,
    sum?: string,
  ) => {
    const f = fn === 'sigmoid' ? '\\sigma' : '\\tanh'
    const expanded = sum ? `${f}(${sum}) = ` : ''
    const tex = `${name}${at} = ${f}(a_{${name}}) = ${expanded}${f}(${plain(a)}) = ${plain(value)}`
    return { value, preact: a, squash: fn, meaning, tex }
  }
  if (run.cell === 'lstm' && 'preact' in step) {
    if (!'ifgoch'.includes(key)) return null
    const { gates, preact } = step
    const value =
      key === 'c' ? step.c[j] : key === 'h' ? step.h[j] : gates[key as 'i' | 'f' | 'g' | 'o'][j]
    if (key === 'i' && run.variant === 'coupled')
      return {
        value,
        preact: null,
        squash: null,
        meaning,
        tex: `i${at} = 1 - f${at} = 1 - ${n(gates.f[j])} = ${plain(value)}`,
      }
    if (key === 'f' || key === 'i' || key === 'o') {
      const eq = squashed(key, 'sigmoid', preact[key][j], value)
      const peeps = key === 'o' ? 'cₜ' : 'cₜ₋₁'
      if (run.variant !== 'peephole') return eq
      return {
        ...eq,
        meaning: `${meaning} (a_${key} includes the peephole term w_c${key} ⊙ ${peeps})`,
      }
    }
    if (key === 'g') return squashed('g', 'tanh', preact.g[j], value)
    if (key === 'c') {
      const terms = `${n(gates.f[j])} \\cdot ${n(step.cPrev[j])} + ${n(gates.i[j])} \\cdot ${n(gates.g[j])}`
      return {
        value,
        preact: null,
        squash: null,
        meaning,
        tex: `c${at} = f${at}\\,c${prev} + i${at}\\,g${at} = ${terms} = ${plain(value)}`,
      }
    }
    if (key === 'h') {
      const terms = `${n(gates.o[j])} \\cdot \\tanh(${plain(step.c[j])})`
      return {
        value,
        preact: null,
        squash: null,
        meaning,
        tex: `h${at} = o${at} \\tanh(c${at}) = ${terms} = ${plain(value)}`,
      }
    }
    return null
  }
  if (run.cell === 'gru' && 'inputPart' in step) {
    const { gates, inputPart: x, hiddenPart: hp } = step
    if (key === 'r' || key === 'z') {
      const a = x[key][j] + hp[key][j]
      return squashed(key, 'sigmoid', a, gates[key][j], `${n(x[key][j])} + ${n(hp[key][j])}`)
    }
    if (key === 'n') {
      const a = x.n[j] + gates.r[j] * hp.n[j]
      return squashed(
        'n',
        'tanh',
        a,
        gates.n[j],
        `${n(x.n[j])} + ${n(gates.r[j])} \\cdot ${n(hp.n[j])}`,
      )
    }
    if (key === 'h') {
      const z = n(gates.z[j])
      const terms = `(1 - ${z}) \\cdot ${n(gates.n[j])} + ${z} \\cdot ${n(step.hPrev[j])}`
      return {
        value: step.h[j],
        preact: null,
        squash: null,
        meaning,
        tex: `h${at} = (1 - z${at})\\,n${at} + z${at}\\,h${prev} = ${terms} = ${plain(step.h[j])}`,
      }
    }
  }
  return null
}
