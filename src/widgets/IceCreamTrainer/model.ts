/**
 * The ice-cream strip as data: one card per validation day with its weather, what happened, what the
 * model predicted and whether that was wrong, plus the words that explain the owner's policy once
 * the learner reveals it. Pure, so it is tested without a DOM.
 */
import { OUTCOMES, WEATHER, type IceCreamDays } from '../../train/tasks/ice-cream/meta.ts'

/** The model predicts "sold out" when it gives that outcome more than this probability. */
export const THRESHOLD = 0.5

/** One day of the strip. */
export interface StripDay {
  /** 0-based day of the validation sequence. */
  index: number
  weather: (typeof WEATHER)[number]
  /** What the policy says happened. */
  truth: (typeof OUTCOMES)[number]
  /** The model's probability of "sold out". */
  p: number
  predicted: (typeof OUTCOMES)[number]
  wrong: boolean
}

const isProbability = (p: unknown) => typeof p === 'number' && p >= 0 && p <= 1
const isId = (n: number) => (v: unknown) =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < n

/** The worker's answer if it has the expected shape, else null (an answer from another run, say). */
export function readDays(value: unknown): IceCreamDays | null {
  if (typeof value !== 'object' || value === null) return null
  const d = value as Partial<IceCreamDays>
  const n = d.weather?.length ?? -1
  const ok =
    Array.isArray(d.weather) &&
    Array.isArray(d.soldOut) &&
    Array.isArray(d.pSoldOut) &&
    d.soldOut.length === n &&
    d.pSoldOut.length === n &&
    d.weather.every(isId(WEATHER.length)) &&
    d.soldOut.every(isId(OUTCOMES.length)) &&
    d.pSoldOut.every(isProbability) &&
    Number.isInteger(d.lookback) &&
    isProbability(d.todayOnly)
  return ok ? (d as IceCreamDays) : null
}

/** The cards of the strip. */
export function stripDays(days: IceCreamDays): StripDay[] {
  return days.weather.map((w, t) => {
    const truth = OUTCOMES[days.soldOut[t]]
    const predicted = OUTCOMES[days.pSoldOut[t] > THRESHOLD ? 1 : 0]
    return {
      index: t,
      weather: WEATHER[w],
      truth,
      p: days.pSoldOut[t],
      predicted,
      wrong: predicted !== truth,
    }
  })
}

/** The days the policy looks at to decide day `day`: that day and up to `lookback - 1` before it. */
export function policyWindow(day: number, lookback: number): { first: number; last: number } {
  return { first: Math.max(0, day - lookback + 1), last: day }
}

/** How many days of each weather fall in the policy's window for `day`. */
export function windowCounts(
  strip: readonly StripDay[],
  day: number,
  lookback: number,
): Record<(typeof WEATHER)[number], number> {
  const counts = { sunny: 0, cloudy: 0, rainy: 0 }
  const { first, last } = policyWindow(day, lookback)
  for (let t = first; t <= Math.min(last, strip.length - 1); t++) counts[strip[t].weather]++
  return counts
}

/** The owner's policy in plain words. */
export function policyInWords(lookback: number): string {
  const window = lookback === 1 ? 'that day alone' : `that day and the ${lookback - 1} before it`
  return (
    `The store runs out on a day when, over ${window}, sunny days outnumber rainy days. ` +
    'The owner orders for an average day: a sunny day sells more than that, a rainy day less, ' +
    'a cloudy day about as much.'
  )
}

/** A probability as a whole percentage that never rounds a hedge into certainty: "<1%", "82%", ">99%". */
export function percent(p: number): string {
  if (p > 0 && p < 0.01) return '<1%'
  if (p < 1 && p > 0.99) return '>99%'
  return `${Math.round(p * 100)}%`
}

/** "Day 4: cloudy; ran out; the model says 82% sold out, wrong": a card's accessible name. */
export function describeDay(d: StripDay): string {
  const happened = d.truth === 'sold out' ? 'ran out' : 'had ice cream'
  const verdict = d.wrong ? 'wrong' : 'right'
  return `Day ${d.index + 1}: ${d.weather}; ${happened}; the model says ${percent(d.p)} sold out, ${verdict}`
}
