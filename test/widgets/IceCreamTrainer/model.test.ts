import { describe, expect, it } from 'vitest'
import { Random } from '../../../src/engine/index.ts'
import { drawWeather, soldOutDays } from '../../../src/train/tasks/ice-cream/data.ts'
import type { IceCreamDays } from '../../../src/train/tasks/ice-cream/meta.ts'
import {
  describeDay,
  percent,
  policyInWords,
  policyWindow,
  readDays,
  stripDays,
  windowCounts,
} from '../../../src/widgets/IceCreamTrainer/model.ts'

function answer(lookback: number, seed: number, days = 30): IceCreamDays {
  const rng = new Random(seed)
  const weather = Array.from(drawWeather(rng, days))
  return {
    lookback,
    weather,
    soldOut: Array.from(soldOutDays(weather, lookback)),
    pSoldOut: weather.map(() => rng.next()),
    todayOnly: 0.7,
  }
}

describe('IceCreamTrainer model', () => {
  it('marks a day wrong exactly when the side of one half disagrees with the truth', () => {
    const a = answer(3, 1)
    stripDays(a).forEach((d, t) => {
      const saysOut = a.pSoldOut[t] > 0.5
      expect(d.wrong).toBe(saysOut !== (a.soldOut[t] === 1))
      expect(d.weather).toBe(['sunny', 'cloudy', 'rainy'][a.weather[t]])
    })
  })

  it("explains every day's truth by the window's counts of sunny and rainy days", () => {
    for (let lookback = 1; lookback <= 7; lookback++) {
      const strip = stripDays(answer(lookback, lookback + 10))
      strip.forEach((d, t) => {
        const c = windowCounts(strip, t, lookback)
        expect(c.sunny + c.cloudy + c.rainy).toBe(Math.min(lookback, t + 1))
        expect(d.truth === 'sold out').toBe(c.sunny > c.rainy)
      })
    }
  })

  it('puts the window at the day and up to lookback - 1 days before it', () => {
    expect(policyWindow(0, 4)).toEqual({ first: 0, last: 0 })
    expect(policyWindow(10, 4)).toEqual({ first: 7, last: 10 })
    expect(policyWindow(10, 1)).toEqual({ first: 10, last: 10 })
  })

  it('refuses answers of the wrong shape', () => {
    const good = answer(2, 3, 5)
    expect(readDays(good)).toBe(good)
    for (const bad of [
      null,
      'days',
      { ...good, weather: [0, 1] },
      { ...good, weather: [0, 1, 2, 3, 0] },
      { ...good, pSoldOut: [0.1, 0.2, NaN, 0.4, 0.5] },
      { ...good, todayOnly: 2 },
      { ...good, lookback: 1.5 },
    ])
      expect(readDays(bad)).toBeNull()
  })

  it('rounds probabilities to whole percents without rounding a hedge to certainty', () => {
    expect(percent(0)).toBe('0%')
    expect(percent(0.004)).toBe('<1%')
    expect(percent(0.824)).toBe('82%')
    expect(percent(0.996)).toBe('>99%')
    expect(percent(1)).toBe('100%')
  })

  it('describes days and the policy in words', () => {
    const [d] = stripDays({
      lookback: 1,
      weather: [0],
      soldOut: [1],
      pSoldOut: [0.2],
      todayOnly: 1,
    })
    expect(describeDay(d)).toBe('Day 1: sunny; ran out; the model says 20% sold out, wrong')
    expect(policyInWords(1)).toMatch(/that day alone/)
    expect(policyInWords(5)).toMatch(/that day and the 4 before it/)
  })
})
