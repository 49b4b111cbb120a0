import { describe, expect, it } from 'vitest'
import { Random } from '../../../src/engine/index.ts'
import {
  drawBatch,
  drawWeather,
  sequenceOf,
  soldOutDays,
  todayOnlyAccuracy,
} from '../../../src/train/tasks/ice-cream/data.ts'
import { WEATHER } from '../../../src/train/tasks/ice-cream/meta.ts'

// The policy restated as a freezer: a sunny day sells 2 crates, a cloudy day 1, a rainy day 0, and
// the owner orders 1 crate a day; the store is out when the window's sales exceed its deliveries.
function soldOutByDefinition(weather: readonly number[], t: number, lookback: number): number {
  const first = Math.max(0, t - lookback + 1)
  let sold = 0
  for (let d = first; d <= t; d++) sold += [2, 1, 0][weather[d]]
  return sold > t - first + 1 ? 1 : 0
}

describe('ice-cream data', () => {
  it('labels every day as the policy says, for every lookback', () => {
    const rng = new Random(7)
    for (let lookback = 1; lookback <= 7; lookback++) {
      for (let trial = 0; trial < 20; trial++) {
        const weather = Array.from(drawWeather(rng, 40))
        const labels = soldOutDays(weather, lookback)
        weather.forEach((_, t) =>
          expect(labels[t], `lookback ${lookback}, day ${t}`).toBe(
            soldOutByDefinition(weather, t, lookback),
          ),
        )
      }
    }
  })

  it('with a one-day lookback, the store is out exactly on sunny days', () => {
    const weather = [0, 1, 2, 0, 0, 2]
    expect(Array.from(soldOutDays(weather, 1))).toEqual([1, 0, 0, 1, 1, 0])
  })

  it('draws all three kinds of weather about equally often', () => {
    const weather = drawWeather(new Random(3), 3000)
    const counts = WEATHER.map((_, k) => weather.filter((w) => w === k).length)
    for (const c of counts) expect(c / 3000).toBeGreaterThan(0.3)
    expect(weather.every((w) => w >= 0 && w < WEATHER.length)).toBe(true)
  })

  it('lays batches out time-major, each sequence labelled on its own', () => {
    const b = drawBatch(new Random(5), 12, 4, 3)
    expect(b.weather.length).toBe(48)
    for (let n = 0; n < 4; n++) {
      const one = sequenceOf(b, n)
      expect(Array.from(one.soldOut)).toEqual(Array.from(soldOutDays(one.weather, 3)))
      expect(one.weather[5]).toBe(b.weather[5 * 4 + n])
    }
  })

  it('a today-only rule is perfect at lookback 1 and falls short with a longer memory', () => {
    expect(todayOnlyAccuracy(drawBatch(new Random(1), 50, 16, 1))).toBe(1)
    const long = todayOnlyAccuracy(drawBatch(new Random(1), 50, 16, 5))
    expect(long).toBeGreaterThan(0.5)
    expect(long).toBeLessThan(0.9)
  })
})
