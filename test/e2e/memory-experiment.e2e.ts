/**
 * The long-memory experiment in real Chromium, keyboard only: ten models train in a worker, the
 * accuracy-against-k plot fills in, and after a pause every plotted accuracy is what the engine
 * computes in Node after the same number of steps.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchAssetFromDisk } from '../../src/train/fetchAsset.node.ts'
import type { TaskSettings } from '../../src/train/task.ts'
import type { AccuracyByK } from '../../src/train/tasks/long-memory/meta.ts'
import { longMemoryTask } from '../../src/train/tasks/long-memory/task.ts'
import { Trainer } from '../../src/train/trainer.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** The plotted accuracies in Node after `steps` steps. */
async function engineAccuracy(settings: TaskSettings, steps: number) {
  const trainer = await Trainer.create(
    longMemoryTask,
    { hyper: longMemoryTask.defaults.hyper, settings, seed: 1 },
    fetchAssetFromDisk,
  )
  for (let k = 0; k < steps; k++) trainer.stepOnce()
  return trainer.inspect({ kind: 'accuracyByK' }) as AccuracyByK
}

const shown = (page: Page, cell: 'rnn' | 'lstm') =>
  page
    .locator(`td[data-cell="${cell}"]`)
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))))
const statusStep = async (page: Page) =>
  Number(await page.locator('.mem-status').getAttribute('data-step'))

describe('memory experiment', () => {
  it('trains from the keyboard; after a pause the plot equals the engine at the same step', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1000, height: 900 })
    await page.goto(url('#/embed/memory-experiment?longest=8'))
    const chart = page.getByRole('slider', { name: /accuracy against the delay k/ })
    await chart.waitFor()
    const settings = { ...longMemoryTask.defaults.settings, longest: '8' }
    const start = await engineAccuracy(settings, 0)
    expect(await shown(page, 'lstm')).toEqual(start.accuracy.lstm)

    await page.getByRole('button', { name: /^Train$/ }).focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      () => Number(document.querySelector('.mem-status')?.getAttribute('data-step')) >= 80,
      undefined,
      { timeout: 60_000 },
    )
    await page.getByRole('button', { name: 'Pause' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: /^Resume|^Train further/ }).waitFor()
    // The answer after a pause is taken at the weights the run stopped at.
    await page.waitForTimeout(600)
    const trained = await engineAccuracy(settings, await statusStep(page))
    // Accuracies are counts over 128 sequences: a one-ulp difference between Chromium's and
    // Node's Math.exp could at most flip a near-tie, so compare within one sequence.
    const close = (a: number[], b: number[]) =>
      a.forEach((v, i) => expect(Math.abs(v - b[i])).toBeLessThanOrEqual(1 / 128 + 1e-12))
    close(await shown(page, 'rnn'), trained.accuracy.rnn)
    close(await shown(page, 'lstm'), trained.accuracy.lstm)

    await chart.focus()
    await page.keyboard.press('End')
    expect(await chart.getAttribute('aria-valuenow')).toBe('8')
    expect(await chart.getAttribute('aria-valuetext')).toMatch(/^k = 8: vanilla tanh RNN \d+%/)
    await screenshot(page, 'memory-experiment-trained')
    expect(problems).toEqual([])
    await context.close()
  }, 120_000)

  it('fits a phone: the plot scales, the table scrolls in its own box', async () => {
    const { page, problems, url, context } = await open(browser, { width: 390, height: 844 })
    await page.goto(url('#/embed/memory-experiment'))
    await page.getByRole('slider', { name: /accuracy against the delay k/ }).waitFor()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await page.locator('.mem-chart').scrollIntoViewIfNeeded()
    await screenshot(page, 'memory-experiment-phone')
    expect(problems).toEqual([])
    await context.close()
  }, 60_000)
})
