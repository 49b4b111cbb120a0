/**
 * The counting trainer in real Chromium, keyboard only: train an LSTM on aⁿbⁿ in the worker, watch
 * the loss fall, pause, and check that the heatmap shows exactly the cell state the same run computes
 * in Node at the same step; then pick longer strings with the slider and the accuracy strip.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CountingActivations } from '../../src/train/tasks/counting/inspect.ts'
import { COUNTING_DEFAULTS } from '../../src/train/tasks/counting/meta.ts'
import { countingTask } from '../../src/train/tasks/counting/task.ts'
import { Trainer } from '../../src/train/trainer.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

const number = async (page: Page, selector: string) =>
  Number(await page.locator(selector).first().textContent())

/** The heatmap's values row by row, at full precision. */
const shownMemory = (page: Page) =>
  page.locator('.heatmap__grid').evaluate((grid) =>
    Array.from(grid.querySelectorAll('.heatmap__row'))
      .map((row) =>
        Array.from(row.querySelectorAll('[data-value]')).map((c) =>
          Number(c.getAttribute('data-value')),
        ),
      )
      .filter((row) => row.length > 0),
  )

const columns = (page: Page) =>
  page.locator('.heatmap__column').evaluateAll((cells) => cells.map((c) => c.textContent).join(''))

/**
 * Largest |page − Node| over two grids of equal shape, relative to the grid's largest |value|. Not
 * bit for bit: Chromium's V8 and Node's round Math.exp differently in the last bit for some inputs,
 * and training carries that along (measured: about 1e-11 after 300 steps, more on long strings).
 */
function maxDifference(page: number[][], node: number[][]): number {
  expect(page.map((row) => row.length)).toEqual(node.map((row) => row.length))
  const scale = Math.max(1, ...node.flat().map(Math.abs))
  return Math.max(...page.flatMap((row, j) => row.map((v, t) => Math.abs(v - node[j][t])))) / scale
}

/** The default LSTM run in Node after `steps` steps: the same seed, so the same weights. */
async function nodeRun(steps: number) {
  const trainer = await Trainer.create(
    countingTask,
    { hyper: COUNTING_DEFAULTS.hyper, settings: COUNTING_DEFAULTS.settings, seed: 1 },
    async () => new Uint8Array(),
  )
  for (let k = 0; k < steps; k++) trainer.stepOnce()
  return (n: number) => trainer.inspect({ kind: 'activations', n }) as CountingActivations
}

/** How far page and Node may drift apart, relatively, within the budget; a wrong step or weight is off by far more. */
const TRAINED = 1e-6

describe('counting trainer', () => {
  it('trains in the worker and shows the cell state Node computes at the same step', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1280, height: 900 })
    await page.goto(url('#/embed/counting-trainer?n=5'))
    await page.locator('.heatmap__grid').waitFor()
    expect(await columns(page)).toBe('^aaaaabbbbb')
    expect(maxDifference(await shownMemory(page), (await nodeRun(0))(5).memory)).toBeLessThan(1e-12)

    await tabTo(page, '.train-button--primary')
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      () => document.querySelector('[data-testid="train-loss"]')?.textContent !== '–',
    )
    const early = await number(page, '[data-testid="train-loss"]')
    // The LSTM gets every training length right long before its budget (test/train/counting).
    await page
      .getByText(/Strings right: 100% inside the training range/)
      .waitFor({ timeout: 60_000 })
    // Pause, unless a slow machine let the run reach its budget first (the run then stops by itself).
    const primary = page.locator('.train-button--primary')
    if ((await primary.textContent()) === 'Pause') await page.keyboard.press('Enter')
    await expect
      .poll(() => page.locator('.train-status__word').textContent())
      .toMatch(/Paused|Step budget reached/)
    expect(await number(page, '[data-testid="train-loss"]')).toBeLessThan(early)

    // After a pause the worker answers the watches again, at the step it stopped on.
    const step = await number(page, '[data-testid="train-step"]')
    await page.locator(`[data-step="${step}"]`).waitFor()
    const at = await nodeRun(step)
    expect(maxDifference(await shownMemory(page), at(5).memory)).toBeLessThan(TRAINED)

    // The slider by keyboard: three steps right show a⁸b⁸.
    await tabTo(page, 'input[type="range"]')
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight')
    await expect.poll(() => columns(page)).toBe('^aaaaaaaabbbbbbbb')
    expect(maxDifference(await shownMemory(page), at(8).memory)).toBeLessThan(TRAINED)

    // Into the heatmap: the active cell's readout is the engine's value for that unit and step.
    await tabTo(page, '.heatmap__grid')
    await page.keyboard.press('ArrowDown')
    for (let k = 0; k < 9; k++) await page.keyboard.press('ArrowRight')
    const readout = await page.locator('.heatmap__readout').textContent()
    expect(readout).toContain('unit 2, step 10 (read “b”)')
    const active = await page.locator('.heatmap__cell.is-active').getAttribute('data-value')
    expect(Number(active)).toBeCloseTo(at(8).memory[1][9], 6)

    // The strip: End picks the longest tested n, beyond the training range.
    await tabTo(page, '.counting-strip__cell[tabindex="0"]')
    await page.keyboard.press('End')
    const longest = COUNTING_DEFAULTS.settings.testMaxN
    await expect.poll(() => columns(page)).toBe(`^${'a'.repeat(longest)}${'b'.repeat(longest)}`)
    await page.getByText(/beyond training \(n ≤ 10\)/).waitFor()
    expect(maxDifference(await shownMemory(page), at(longest).memory)).toBeLessThan(TRAINED)
    await screenshot(page, 'counting-trainer-trained', true)
    expect(problems).toEqual([])
    await context.close()
  })
})
