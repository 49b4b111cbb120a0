/**
 * The sequence-loss table in real Chromium, keyboard only: padding a cell moves the batch loss to
 * the value computed here by plain loops (RNN forward, softmax, -log p) from the same seeded data.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatNumber } from '../../src/lesson/format.ts'
import { seededBatch } from '../../src/widgets/SequenceLoss/model.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

type M = number[][]
const rowsOf = (t: { data: Float64Array; shape: readonly number[] }): M =>
  Array.from({ length: t.shape[0] }, (_, i) =>
    Array.from(t.data.slice(i * t.shape[1], (i + 1) * t.shape[1])),
  )
const mv = (m: M, v: number[]) => m.map((row) => row.reduce((s, w, j) => s + w * v[j], 0))

/** -log p(target) of every cell, by the definition. */
function terms(batch: number, steps: number, seed: number): number[][] {
  const { weightIh, weightHh, weightHy, x, targets } = seededBatch(batch, steps, seed)
  const [Wih, Whh, Why] = [weightIh, weightHh, weightHy].map(rowsOf)
  const I = Wih[0].length
  return Array.from({ length: batch }, (_, n) => {
    let h = new Array(Whh.length).fill(0)
    return Array.from({ length: steps }, (_, t) => {
      const xt = Array.from(x.data.slice((t * batch + n) * I, (t * batch + n + 1) * I))
      h = mv(Wih, xt).map((v, i) => Math.tanh(v + mv(Whh, h)[i]))
      const y = mv(Why, h)
      return Math.log(y.reduce((s, v) => s + Math.exp(v), 0)) - y[targets[n][t].target]
    })
  })
}

describe('sequence loss', () => {
  it('pads a cell with the keyboard and shows the batch loss of the definition', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1280, height: 900 })
    await page.goto(url('#/embed/sequence-loss'))
    const loss = page.getByTestId('batch-loss')
    await loss.waitFor()
    const all = terms(8, 3, 1)
    const sumWithout = (skip: string[]) =>
      all
        .flatMap((row, n) => row.filter((_, t) => !skip.includes(`${n},${t}`)))
        .reduce((a, b) => a + b)
    expect(await loss.textContent()).toBe(formatNumber(sumWithout(['2,2']) / 8, 4))

    const first = page.getByRole('button', { name: /^Instance 1, step 1/ })
    await first.focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Space') // instance 2, step 2
    await expect
      .poll(() => loss.textContent())
      .toBe(formatNumber(sumWithout(['2,2', '1,1']) / 8, 4))
    expect(await page.getByTestId('row-sum-2').textContent()).toBe(
      formatNumber(all[1][0] + all[1][2], 4),
    )
    await page.getByRole('radio', { name: /unpadded positions/ }).check()
    await expect
      .poll(() => loss.textContent())
      .toBe(formatNumber(sumWithout(['2,2', '1,1']) / 22, 4))
    await screenshot(page, 'sequence-loss-keyboard')
    expect(problems).toEqual([])
    await context.close()
  })

  it('fits a phone: the table scrolls in its own box', async () => {
    const { page, problems, url, context } = await open(browser, { width: 390, height: 844 })
    await page.goto(url('#/embed/sequence-loss?steps=6'))
    await page.getByTestId('batch-loss').waitFor()
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0)
    await screenshot(page, 'sequence-loss-phone')
    expect(problems).toEqual([])
    await context.close()
  })
})
