/**
 * The digit trainer in real Chromium, like a person: keyboard to pick validation digits, Train and
 * Pause in the panel, the mouse to draw a digit, arrow keys across the tabs. The prediction on screen
 * equals the engine's in Node at the same step (same seed, same batches), before and after training.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchAssetFromDisk } from '../../src/train/fetchAsset.node.ts'
import { Trainer } from '../../src/train/trainer.ts'
import type { ConfusionAnswer, FeatureMapsAnswer } from '../../src/train/tasks/digits/inspect.ts'
import { digitsTask } from '../../src/train/tasks/digits/task.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** The probabilities the bars show, at full precision (their title attributes). */
const shownProbabilities = (page: Page) =>
  page
    .locator('.digits-bars li')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('title')!.split(': ')[1])))

/** The engine's answer in Node after `steps` training steps of the default run. */
async function engineAt(steps: number, index: number) {
  const trainer = await Trainer.create(
    digitsTask,
    { ...digitsTask.defaults, seed: 1 },
    fetchAssetFromDisk,
  )
  for (let k = 0; k < steps; k++) trainer.stepOnce()
  const maps = trainer.inspect({ kind: 'featureMaps', index }) as FeatureMapsAnswer
  const confusion = trainer.inspect({ kind: 'confusion' }) as ConfusionAnswer
  return { maps, confusion }
}

async function expectProbabilities(page: Page, want: readonly number[]) {
  await expect
    .poll(async () => {
      const got = await shownProbabilities(page)
      return got.length === want.length && got.every((p, d) => Math.abs(p - want[d]) < 1e-12)
    })
    .toBe(true)
}

async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab')
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    if (text === name) return
  }
  throw new Error(`Tab never reached ${name}`)
}

describe('digit trainer', () => {
  it('trains in a worker and predicts exactly as the engine does, for picked and drawn digits', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1100, height: 1000 })
    await page.goto(url('#/embed/digit-trainer'))
    await page.getByText('Ready to train').waitFor()
    const before = await engineAt(0, 1)

    // Keyboard: the next validation digit, then Train.
    await tabTo(page, 'Next ›')
    await page.keyboard.press('Enter')
    await expectProbabilities(page, before.maps.probabilities)
    await page.getByText(`it is a ${before.maps.label}.`).waitFor()

    await page.getByRole('button', { name: 'Train', exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect
      .poll(async () => Number(await page.getByTestId('train-step').textContent()), {
        timeout: 60_000,
      })
      .toBeGreaterThanOrEqual(60)
    await page.getByRole('button', { name: 'Pause' }).click()
    await page.getByText('Paused').waitFor()
    const steps = Number(await page.getByTestId('train-step').textContent())
    const after = await engineAt(steps, 1)
    await expectProbabilities(page, after.maps.probabilities)
    const trainLoss = Number(await page.getByTestId('train-loss').textContent())
    expect(trainLoss).toBeLessThan(Math.log(10))
    await screenshot(page, 'digit-trainer-trained')

    // The mouse draws a digit: a prediction with no verdict (a drawing has no true label).
    const pad = await page.getByLabel(/Drawing pad/).boundingBox()
    const at = (x: number, y: number) =>
      [pad!.x + pad!.width * x, pad!.y + pad!.height * y] as const
    await page.mouse.move(...at(0.3, 0.2))
    await page.mouse.down()
    for (const [x, y] of [
      [0.7, 0.2],
      [0.45, 0.8],
    ])
      await page.mouse.move(...at(x, y), { steps: 8 })
    await page.mouse.up()
    await page.getByRole('button', { name: 'Show #1' }).waitFor()
    await expect.poll(() => page.getByText(/(Right|Wrong): it is a/).count()).toBe(0)
    await screenshot(page, 'digit-trainer-drawn')

    // Arrow keys across the tabs: filters, then the confusion matrix the engine computes.
    await page.getByRole('tab', { name: 'Draw a digit' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.getByRole('figure', { name: /^Filter \d+:/ }).count()).toBe(6)
    await page.keyboard.press('ArrowRight')
    const correct = after.confusion.counts.reduce((s, row, t) => s + row[t], 0)
    await page.getByText(`${correct} of 500 validation digits right`).waitFor()
    await screenshot(page, 'digit-trainer-confusion')
    expect(problems).toEqual([])
    await context.close()
  })
})
