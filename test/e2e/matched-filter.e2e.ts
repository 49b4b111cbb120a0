/**
 * The matched filter in real Chromium, keyboard only: the probe walks the signal with the arrow
 * keys, and the sum it shows equals both the engine's output computed in Node for the same seed and
 * a plain loop over the window and weights read off the page.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { conv1d, convolve1d, tensor } from '../../src/engine/index.ts'
import { makeSignal, patternValues } from '../../src/widgets/MatchedFilter/model.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const shown = async (page: Page) =>
  Number(await page.locator('.mf-probe__value').getAttribute('data-value'))

/** The probe table's rows (window, weights, products) as full-precision numbers. */
const probeRows = (page: Page) =>
  page
    .getByRole('grid', { name: 'Probe window' })
    .locator('[data-cell]')
    .evaluateAll((els) =>
      els.reduce<number[][]>((rows, e) => {
        const r = Number(e.getAttribute('aria-rowindex')) - 1
        ;(rows[r] ??= []).push(Number(e.getAttribute('title')))
        return rows
      }, []),
    )

async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

describe('matched filter', () => {
  for (const mode of ['correlate', 'convolve'] as const) {
    it(`${mode}: the probe's sum equals the engine in Node and a loop over the page's numbers`, async () => {
      const { page, problems, url, context } = await open(browser, { width: 1000, height: 900 })
      const settings = { length: 32, position: 9, noise: 0.5, seed: 7 }
      const query = `pattern=ramp&mode=${mode}&length=32&position=9&noise=0.5&seed=7`
      await page.goto(url(`#/embed/matched-filter?${query}`))
      await page.locator('.mf-probe__value').waitFor()
      const w = patternValues('ramp')
      const x = makeSignal(w, settings).signal
      const op = mode === 'correlate' ? conv1d : convolve1d
      const y = op(tensor([[x]]), tensor([[w]])).data
      await tabTo(page, '[role="slider"][aria-label^="Probe position"]')
      for (let n = 0; n < 14; n++) {
        if (n > 0) await page.keyboard.press('ArrowRight')
        const sum = await shown(page)
        expect(sum, `n = ${n}`).toBe(y[n])
        const [window, weights, products] = await probeRows(page)
        let loop = 0
        for (let m = 0; m < weights.length; m++) {
          expect(products[m]).toBe(window[m] * weights[m])
          loop += window[m] * weights[m]
        }
        expect(loop).toBeCloseTo(sum, 12)
      }
      await screenshot(page, `matched-filter-${mode}-keyboard`)
      expect(problems).toEqual([])
      await context.close()
    })
  }

  it('typing a template value changes the output the probe reads', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1000, height: 900 })
    await page.goto(url('#/embed/matched-filter?pattern=blip&probe=3'))
    const field = page.getByLabel('Template row 1 column 3')
    await field.fill('-2')
    await field.press('Enter')
    const w = patternValues('blip')
    w[2] = -2
    const x = makeSignal(w, { length: 40, position: 14, noise: 0.4, seed: 1 }).signal
    expect(await shown(page)).toBe(conv1d(tensor([[x]]), tensor([[w]])).data[3])
    expect(problems).toEqual([])
    await context.close()
  })
})
