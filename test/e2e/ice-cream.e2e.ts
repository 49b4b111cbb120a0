/**
 * The ice-cream trainer in real Chromium, keyboard only: training runs in a worker while the page
 * stays responsive, and the per-day probabilities on screen after a pause are exactly what the
 * engine computes in Node after the same number of steps (same task, defaults and seed).
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchAssetFromDisk } from '../../src/train/fetchAsset.node.ts'
import type { IceCreamDays } from '../../src/train/tasks/ice-cream/meta.ts'
import { iceCreamTask } from '../../src/train/tasks/ice-cream/task.ts'
import { Trainer } from '../../src/train/trainer.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** The strip's numbers in Node after `steps` steps at `lookback`. */
async function engineDays(lookback: number, steps: number, count: number) {
  const trainer = await Trainer.create(
    iceCreamTask,
    { hyper: iceCreamTask.defaults.hyper, settings: { lookback }, seed: 1 },
    fetchAssetFromDisk,
  )
  for (let k = 0; k < steps; k++) trainer.stepOnce()
  return trainer.inspect({ kind: 'days', count }) as IceCreamDays
}

const cards = (page: Page) =>
  page.getByRole('listbox', { name: /Validation days/ }).getByRole('option')
const shownP = (page: Page) =>
  cards(page).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-p'))))
const shownTruth = (page: Page) =>
  cards(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-truth')))
const summaryStep = async (page: Page) =>
  Number(await page.locator('.ic-summary').getAttribute('data-step'))

/**
 * Chromium's V8 and Node's may round Math.exp or Math.tanh one ulp apart, so values agree to about
 * 1e-15 relative, not bit for bit; after training, those ulps may grow but stay far below 1e-9.
 */
function expectClose(shown: number[], engine: number[]) {
  expect(shown).toHaveLength(engine.length)
  shown.forEach((v, k) => expect(Math.abs(v - engine[k]), `day ${k + 1}`).toBeLessThan(1e-9))
}

async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    const label = await page.evaluate(
      () =>
        document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
    )
    if (label && name.test(label)) return
  }
  throw new Error(`Tab never reached ${name}`)
}

describe('ice-cream trainer', () => {
  it('trains from the keyboard; after a pause the strip equals the engine at the same step', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1100, height: 900 })
    await page.goto(url('#/embed/ice-cream-trainer?days=14'))
    await cards(page).first().waitFor()
    const start = await engineDays(3, 0, 14)
    expectClose(await shownP(page), start.pSoldOut)

    await tabTo(page, /^Train$/)
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      () => Number(document.querySelector('.ic-summary')?.getAttribute('data-step')) >= 60,
      undefined,
      { timeout: 30_000 },
    )
    await page.getByRole('button', { name: 'Pause' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: /^Resume|^Train further/ }).waitFor()
    // The last answer after a pause is taken at the weights the run stopped at.
    await page.waitForTimeout(600)
    const step = await summaryStep(page)
    const trained = await engineDays(3, step, 14)
    expectClose(await shownP(page), trained.pSoldOut)
    const right = Number(await page.locator('.ic-summary').getAttribute('data-right'))
    const engineRight = trained.pSoldOut.filter((p, t) => p > 0.5 === (trained.soldOut[t] === 1))
    expect(right).toBe(engineRight.length)

    // Walk the days with the keyboard; the readout follows.
    await page.getByRole('listbox', { name: /Validation days/ }).focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.locator('.ic-readout strong').textContent()).toBe('Day 3')
    await screenshot(page, 'ice-cream-trained')
    expect(problems).toEqual([])
    await context.close()
  }, 90_000)

  it('a longer lookback starts a new run with the policy labels the engine computes', async () => {
    const { page, problems, url, context } = await open(browser, { width: 390, height: 844 })
    await page.goto(url('#/embed/ice-cream-trainer?days=21'))
    await cards(page).first().waitFor()
    const slider = page.getByRole('slider', { name: /policy looks back/ })
    await slider.focus()
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
    expect(await slider.getAttribute('aria-valuetext')).toBe('7 days')
    const seven = await engineDays(7, 0, 21)
    await expect
      .poll(() => shownTruth(page), { timeout: 15_000 })
      .toEqual(seven.soldOut.map((y) => (y ? 'sold out' : 'available')))
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await page.getByRole('button', { name: /Reveal the owner’s policy/ }).click()
    await expect
      .poll(() => page.locator('.ic-reveal__text').textContent())
      .toMatch(/that day and the 6 before it/)
    await screenshot(page, 'ice-cream-phone')
    expect(problems).toEqual([])
    await context.close()
  }, 60_000)
})
