/**
 * One output cell of a pooling, and where its gradient goes, as formulas with the live numbers
 * (KaTeX source). Values come from the trace; this only writes them down.
 */
import type { GradientRoute, PoolStep } from '../../trace/poolSteps.ts'
import { texNumber } from '../ConvStepper/tex.ts'
import type { PoolMode } from './schema.ts'

const cellTex = (x: number) => (x === -Infinity ? '-\\infty' : texNumber(x, false))
const at = (r: number, c: number) => `${r + 1},${c + 1}`

/** TeX for y at output (row, col) counted from 1: the max, the mean or the p-norm of its window. */
export function forwardTex(step: PoolStep, mode: PoolMode, p: number): string {
  const lhs = `y_{${at(...step.out)}}`
  const xs = step.cells.map((c) => cellTex(c.x))
  const value = texNumber(step.value, false)
  if (mode === 'max') return `${lhs} = \\max(${xs.join(',\\ ')}) = ${value}`
  if (mode === 'avg') return `${lhs} = \\frac{${xs.join(' + ')}}{${step.divisor}} = ${value}`
  const pows = step.cells.map((c) => `${texNumber(c.x)}^{${texNumber(p, false)}}`)
  return `${lhs} = \\left(${pows.join(' + ')}\\right)^{1/${texNumber(p, false)}} = ${value}`
}

/** TeX for where the gradient g of one output cell goes (input positions counted from 1). */
export function backwardTex(
  route: GradientRoute,
  step: PoolStep,
  mode: PoolMode,
  p: number,
): string {
  const g = `g_{${at(...route.out)}}`
  const grad = texNumber(route.grad, false)
  if (mode === 'max') {
    const [r, c] = route.to[0].at
    return `\\frac{\\partial L}{\\partial x_{${at(r, c)}}} \\mathrel{+}= ${g} = ${grad}\\text{, the rest of the window } 0`
  }
  if (mode === 'avg') {
    // The divisor counts padding zeros too (count_include_pad), so it can exceed the cells served.
    const share = route.to.length ? texNumber(route.to[0].amount, false) : '0'
    return `\\text{each of the ${route.to.length} input cells gets } ${g} / ${step.divisor} = ${share}`
  }
  const amounts = route.to.map(
    ({ at: [r, c], amount }) => `x_{${at(r, c)}}\\!: ${texNumber(amount, false)}`,
  )
  return `\\frac{\\partial y}{\\partial x_i} = \\left(\\frac{x_i}{y}\\right)^{${texNumber(p - 1, false)}}\\!,\\quad ${g} = ${grad} \\;\\Rightarrow\\; ${amounts.join(',\\ ')}`
}
