/**
 * Checking a learner's answer against an answer the engine computes at run time. Pure functions, so
 * every rule here is unit-tested; the Exercise component only renders their verdicts.
 */
import { compile, evaluate, ExpressionError } from './expr.ts'
import { formatNumber } from './format.ts'

/** The outcome of one attempt. */
export type Verdict =
  | { status: 'correct' }
  | { status: 'wrong'; message: string }
  | { status: 'unreadable'; message: string }

/**
 * Default tolerance: one percent of the answer (so 0.197 passes for 0.19661 but 0.2 does not), and
 * never tighter than 1e-6, so an answer of exactly zero can be matched.
 */
export function defaultTolerance(expected: number): number {
  return Math.max(0.01 * Math.abs(expected), 1e-6)
}

// "1,000" is a number with a thousands separator; the comma in "min(2,100)" separates arguments.
const THOUSANDS = /^\s*[-+−]?\d{1,3}(?:,\d{3})+(?:\.\d*)?\s*$/

/** A numeric answer, which the learner may also type as an expression such as "1/4". */
export function checkNumeric(
  input: string,
  expected: number,
  tolerance = defaultTolerance(expected),
): Verdict {
  let given: number
  try {
    given = evaluate(THOUSANDS.test(input) ? input.replace(/,/g, '') : input)
  } catch (e) {
    return {
      status: 'unreadable',
      message: e instanceof ExpressionError ? e.message : 'I could not read that.',
    }
  }
  if (!Number.isFinite(given))
    return { status: 'unreadable', message: 'That does not give a finite number.' }
  const error = Math.abs(given - expected)
  if (error <= tolerance) return { status: 'correct' }
  const direction = given > expected ? 'too high' : 'too low'
  const close = error <= 10 * tolerance ? ' You are close: check your rounding.' : ''
  return { status: 'wrong', message: `Not yet: ${formatNumber(given)} is ${direction}.${close}` }
}

/**
 * An expression in one variable, compared with the reference at sample points of `domain`
 * (points where the reference is not finite are skipped, so kinks and poles do not matter).
 */
export function checkExpression(
  input: string,
  reference: string,
  variable = 'x',
  domain: readonly [number, number] = [-3, 3],
): Verdict {
  let mine: ReturnType<typeof compile>
  try {
    mine = compile(input, [variable])
  } catch (e) {
    return {
      status: 'unreadable',
      message: e instanceof ExpressionError ? e.message : 'I could not read that.',
    }
  }
  const theirs = compile(reference, [variable])
  const [lo, hi] = domain
  for (let k = 0; k <= 12; k++) {
    // Irrational offsets keep samples off integers, where ReLU-like kinks sit.
    const x = lo + ((hi - lo) * (k + 0.1 * Math.SQRT2)) / 12.5
    const want = theirs({ [variable]: x })
    if (!Number.isFinite(want)) continue
    const got = mine({ [variable]: x })
    if (!Number.isFinite(got) || Math.abs(got - want) > 1e-6 * Math.max(1, Math.abs(want))) {
      return {
        status: 'wrong',
        message: `Not yet: at ${variable} = ${formatNumber(x, 3)} yours gives ${formatNumber(got)}, but it should be ${formatNumber(want)}.`,
      }
    }
  }
  return { status: 'correct' }
}

/** A multiple-choice answer. */
export function checkChoice(chosen: string | null, correct: string): Verdict {
  if (chosen === null) return { status: 'unreadable', message: 'Pick one of the options first.' }
  return chosen === correct
    ? { status: 'correct' }
    : { status: 'wrong', message: 'Not this one. Try again, or ask for a hint.' }
}
