/**
 * The character model trainer in real Chromium, driven from the keyboard: training in the worker
 * makes the loss fall and the sample turn into "hello"; the paused run's loss and sample equal the
 * same run in Node, step for step; a greedy sonnet sample after a few steps matches Node too; and a
 * learner's own text trains without ever entering the URL.
 */
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchAssetFromDisk } from '../../src/train/fetchAsset.node.ts'
import { charModelMeta } from '../../src/train/tasks/char-model/meta.ts'
import type { SampleAnswer } from '../../src/train/tasks/char-model/queries.ts'
import { charModelTask } from '../../src/train/tasks/char-model/task.ts'
import type { TaskSettings } from '../../src/train/task.ts'
import { Trainer } from '../../src/train/trainer.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Presses Tab until the focused element matches `selector` (and reads `text`, when given). */
async function tabTo(page: Page, selector: string, text?: string) {
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab')
    const there = await page.evaluate(
      ([s, t]) => {
        const el = document.activeElement
        return !!el?.matches(s!) && (t === undefined || el.textContent?.trim() === t)
      },
      [selector, text] as const,
    )
    if (there) return
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ''}`)
}

/** The same run in Node after `steps` steps: its last loss and its answer to a sample query. */
async function nodeRun(settings: TaskSettings, steps: number, query: object) {
  const trainer = await Trainer.create(
    charModelTask,
    { hyper: charModelMeta.defaults.hyper, settings, seed: 1 },
    fetchAssetFromDisk,
  )
  let loss = NaN
  for (let k = 0; k < steps; k++) loss = trainer.stepOnce().loss
  return { loss, sample: trainer.inspect({ kind: 'sample', ...query }) as SampleAnswer }
}

const step = async (page: Page) => Number(await page.getByTestId('train-step').textContent())
const sample = (page: Page) => page.getByLabel(/^Sample after step/)
const sampleStep = async (page: Page) =>
  Number((await sample(page).getAttribute('aria-label'))!.replace(/\D+/g, ''))

describe('character model trainer', () => {
  it('learns "hello" in the worker, and the paused run equals the same run in Node', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1100, height: 900 })
    await page.goto(url('#/embed/char-model-trainer?prime=hel'))
    await sample(page).waitFor()
    const before = await sample(page).textContent()
    await tabTo(page, '.train-button--primary:not([disabled])')
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="train-step"]')?.textContent) >= 40,
      null,
      { timeout: 30_000 },
    )
    await page.keyboard.press('Enter')
    await page.getByText('Paused', { exact: true }).waitFor()
    const at = await step(page)
    await page.waitForFunction(
      (s) =>
        document.querySelector('[aria-label^="Sample after step"]')?.getAttribute('aria-label') ===
        `Sample after step ${s}`,
      at,
    )
    expect(await sampleStep(page)).toBe(at)
    const node = await nodeRun({ corpus: 'hello', text: '' }, at, {
      prime: 'hel',
      temperature: 0.8,
      length: 200,
    })
    expect(await page.getByTestId('train-loss').textContent()).toBe(node.loss.toFixed(3))
    expect(node.loss).toBeLessThan(Math.log(4) / 4)
    const after = await sample(page).textContent()
    expect(after).toBe('hel' + node.sample.text)
    expect(after).not.toBe(before)
    expect(after).toContain('hellohellohello')
    await screenshot(page, 'char-model-hello-trained')
    expect(problems).toEqual([])
    await context.close()
  })

  it('samples the sonnets greedily after typed steps, as Node does', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1100, height: 900 })
    await page.goto(url('#/embed/char-model-trainer?corpus=sonnets'))
    await sample(page).waitFor()
    await tabTo(page, 'input[type="range"]')
    await page.keyboard.press('Home')
    await page.getByText('0 (greedy: always the likeliest)').waitFor()
    await page.keyboard.press('Tab')
    await page.keyboard.type('Shall I')
    for (let k = 0; k < 3; k++) {
      // The panel's Step button is disabled while its step runs, which drops the focus: tab back.
      await tabTo(page, '.train-button:not([disabled])', 'Step')
      await page.keyboard.press('Enter')
      await page.waitForFunction(
        (n) => Number(document.querySelector('[data-testid="train-step"]')?.textContent) === n,
        k + 1,
      )
    }
    await page.waitForFunction(
      () =>
        document.querySelector('[aria-label^="Sample after step"]')?.getAttribute('aria-label') ===
        'Sample after step 3',
    )
    const node = await nodeRun({ corpus: 'sonnets', text: '' }, 3, {
      prime: 'Shall I',
      temperature: 0,
      length: 200,
    })
    expect(await sample(page).textContent()).toBe('Shall I' + node.sample.text)
    // V and ln V come from the text the worker loaded: the packed sonnets.
    const text = readFileSync('public/data/sonnets.txt', 'utf8')
    const V = new Set(text).size
    await page.getByText(`V = ${V} characters:`).waitFor()
    expect(await page.locator('.charmodel__facts').textContent()).toContain(Math.log(V).toFixed(3))
    await screenshot(page, 'char-model-sonnets-greedy')
    expect(problems).toEqual([])
    await context.close()
  })

  it('trains on a typed text of the learner’s own that never enters the URL', async () => {
    const { page, problems, url, context } = await open(browser, { width: 390, height: 844 })
    await page.goto(url('#/embed/char-model-trainer'))
    await sample(page).waitFor()
    await tabTo(page, 'input[type="radio"]:checked')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.getByText(/not part of the link or the URL/).waitFor()
    await page.keyboard.press('Tab')
    const mine = 'to be or not to be, that is the question'
    await page.keyboard.type(mine)
    await page.getByText(`${mine.length} characters, ${new Set(mine).size} different.`).waitFor()
    await tabTo(page, 'button', 'Train on this text')
    await page.keyboard.press('Enter')
    await page.getByText(`V = ${new Set(mine).size} characters:`).waitFor()
    expect(decodeURIComponent(page.url())).not.toContain('question')
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBe(0)
    await screenshot(page, 'char-model-custom-phone', true)
    expect(problems).toEqual([])
    await context.close()
  })
})
