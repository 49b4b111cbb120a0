/**
 * The ice-cream store's data: daily weather drawn at random, and the owner's hidden policy that says
 * on which days the store has run out. The rule: the store is sold out on a day when, over that day
 * and the `lookback - 1` days before it (fewer in the store's first days), sunny days outnumber rainy
 * ones. Sunny days sell more than the owner orders, rainy days less, cloudy days about as much.
 */
import type { Random } from '../../../engine/index.ts'
import { WEATHER } from './meta.ts'

/** Weather ids, as in WEATHER: 0 sunny, 1 cloudy, 2 rainy. */
const SUNNY = 0
const RAINY = 2

/** One batch of sequences, time-major like the engine's [T, N] token layout. */
export interface StoreBatch {
  days: number
  batch: number
  /** Weather id of day t in sequence n at index t * batch + n. */
  weather: Int32Array
  /** 0 (ice cream available) or 1 (sold out), same layout. */
  soldOut: Int32Array
}

/** `days` days of weather, each kind equally likely. */
export function drawWeather(rng: Random, days: number): Int32Array {
  return Int32Array.from({ length: days }, () => rng.int(WEATHER.length))
}

/** The policy's verdict for every day of one sequence: 1 where the store has run out. */
export function soldOutDays(weather: ArrayLike<number>, lookback: number): Int32Array {
  const out = new Int32Array(weather.length)
  // A running balance of sunny minus rainy days over the window, updated as the window slides.
  let balance = 0
  const score = (w: number) => (w === SUNNY ? 1 : w === RAINY ? -1 : 0)
  for (let t = 0; t < weather.length; t++) {
    balance += score(weather[t])
    if (t >= lookback) balance -= score(weather[t - lookback])
    out[t] = balance > 0 ? 1 : 0
  }
  return out
}

/** `batch` independent sequences of `days` days, with the policy's labels. */
export function drawBatch(rng: Random, days: number, batch: number, lookback: number): StoreBatch {
  const weather = new Int32Array(days * batch)
  const soldOut = new Int32Array(days * batch)
  for (let n = 0; n < batch; n++) {
    const w = drawWeather(rng, days)
    const y = soldOutDays(w, lookback)
    for (let t = 0; t < days; t++) {
      weather[t * batch + n] = w[t]
      soldOut[t * batch + n] = y[t]
    }
  }
  return { days, batch, weather, soldOut }
}

/** Sequence `n` of a batch on its own, as a batch of one. */
export function sequenceOf(b: StoreBatch, n: number): StoreBatch {
  const pick = (a: Int32Array) => Int32Array.from({ length: b.days }, (_, t) => a[t * b.batch + n])
  return { days: b.days, batch: 1, weather: pick(b.weather), soldOut: pick(b.soldOut) }
}

/**
 * The best accuracy a rule that sees only today's weather can reach on `b`: for each kind of weather,
 * predict the outcome most days of that weather had. What memory adds is the gap above it.
 */
export function todayOnlyAccuracy(b: StoreBatch): number {
  const soldOutCount = new Array<number>(WEATHER.length).fill(0)
  const total = new Array<number>(WEATHER.length).fill(0)
  b.weather.forEach((w, k) => {
    total[w]++
    soldOutCount[w] += b.soldOut[k]
  })
  const right = total.reduce((sum, n, w) => sum + Math.max(soldOutCount[w], n - soldOutCount[w]), 0)
  return b.weather.length ? right / b.weather.length : 0
}
