/**
 * The shared trainer as a learner meets it: training in a worker while the page stays smooth, pause,
 * step back to a checkpoint, resume, save the weights, reload, load them back, and leaving the page
 * ending the worker. Run on the sonnets with an LSTM, the heaviest recurrent run Unfold offers.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const EMBED = '#/embed/char-model-trainer?corpus=sonnets&cell=lstm'
const stepOf = async (page: Page) => Number(await page.getByTestId('train-step').textContent())

/** Counts frames and long tasks on the main thread from the moment it is called. */
async function startWatching(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __long: number[] }
    w.__frames = 0
    w.__long = []
    const tick = () => {
      w.__frames++
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(Math.round(e.duration))
    }).observe({ type: 'longtask' })
  })
}

describe('training in a worker', () => {
  it('trains while the page stays smooth, steps back, resumes, saves, reloads and loads weights', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1100, height: 900 })
    await page.goto(url(EMBED))
    const train = page.getByRole('button', { name: 'Train' })
    await train.waitFor()
    await expect.poll(() => train.isEnabled(), { timeout: 20_000 }).toBe(true)
    expect(page.workers().length).toBe(1)

    await train.click()
    await expect.poll(() => stepOf(page), { timeout: 20_000 }).toBeGreaterThan(2)
    // Measured once training has settled in: frames and long tasks over three seconds.
    await startWatching(page)
    await page.waitForTimeout(3000)
    const { frames, long } = await page.evaluate(() => {
      const w = window as unknown as { __frames: number; __long: number[] }
      return { frames: w.__frames, long: w.__long }
    })
    const fps = frames / 3
    writeFileSync('test-results/training-main-thread.json', JSON.stringify({ fps, long }))
    expect(long).toEqual([])
    expect(fps).toBeGreaterThan(40)

    await page.getByRole('button', { name: 'Pause' }).click()
    await page.getByText('Paused', { exact: true }).waitFor()
    const paused = await stepOf(page)
    await page.waitForTimeout(300)
    expect(await stepOf(page)).toBe(paused)
    await screenshot(page, 'training-paused')

    await page.getByRole('button', { name: 'Step back' }).click()
    await expect.poll(() => stepOf(page)).toBeLessThan(paused)
    const back = await stepOf(page)
    // Back at step 0 the button says Train again; later it says Resume.
    await page.getByRole('button', { name: back === 0 ? 'Train' : 'Resume' }).click()
    await expect.poll(() => stepOf(page), { timeout: 20_000 }).toBeGreaterThan(back + 1)
    await page.getByRole('button', { name: 'Pause' }).click()
    await page.getByText('Paused', { exact: true }).waitFor()
    const saved = await stepOf(page)

    await page.getByText('Hyperparameters and weights').click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save weights' }).click(),
    ])
    const path = (await download.path())!
    const file = JSON.parse(readFileSync(path, 'utf8'))
    expect(file).toMatchObject({ format: 'unfold-weights', task: 'char-model', step: saved })
    expect(download.suggestedFilename()).toBe(`unfold-char-model-step${saved}.json`)

    await page.reload()
    await expect
      .poll(() => page.getByRole('button', { name: 'Train' }).isEnabled(), { timeout: 20_000 })
      .toBe(true)
    expect(await stepOf(page)).toBe(0)
    await page.getByText('Hyperparameters and weights').click()
    await page.getByLabel('Load weights').setInputFiles(path)
    await page.getByText(`Loaded the weights saved at step ${saved}.`).waitFor()
    expect(await stepOf(page)).toBe(saved)
    await page.getByRole('button', { name: 'Step', exact: true }).click()
    await expect.poll(() => stepOf(page)).toBe(saved + 1)

    // A file that is not weights changes nothing and says why.
    writeFileSync('test-results/not-weights.json', '{"format":"zip"}')
    await page.getByLabel('Load weights').setInputFiles('test-results/not-weights.json')
    await page.getByText(/Nothing was changed: This is not a weights file/).waitFor()
    expect(await stepOf(page)).toBe(saved + 1)

    // Leaving the widget ends its worker.
    await page.goto(url('#/'))
    await expect.poll(() => page.workers().length).toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })
})
