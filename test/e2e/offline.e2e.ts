/** A student on a train: after one visit online, the notebook, slides and widgets work offline. */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lessons } from './helpers/lessons.ts'
import { launch, open, screenshot } from './helpers/session.ts'
import { widgetsLoaded } from './helpers/widgets.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('offline', () => {
  it('loads lessons, slides and embeds with no network after the first visit', async () => {
    const { context, page, url } = await open(browser, undefined, 'allow')
    await page.goto(url('#/'))
    await page.locator('[data-testid="lesson-card"]').first().waitFor()
    // Wait until the worker has precached the build and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r))
      }
    })

    // A training widget fetches its data set once online; the worker keeps it for later.
    await page.goto(url('#/embed/char-model-trainer?corpus=sonnets'))
    const train = page.getByRole('button', { name: 'Train' })
    await expect.poll(() => train.isEnabled(), { timeout: 20_000 }).toBe(true)

    await context.setOffline(true)
    await page.reload()
    await expect.poll(() => train.isEnabled(), { timeout: 20_000 }).toBe(true)
    expect(await page.getByRole('alert').count()).toBe(0)
    const last = lessons[lessons.length - 1]
    for (const hash of [
      `#/${last.slug}`,
      `#/${lessons[0].slug}/slides/2`,
      '#/embed/conv-stepper',
    ]) {
      await page.goto(url(hash))
      await page.locator('[data-widget], .lesson').first().waitFor()
      await widgetsLoaded(page)
      expect(await page.locator('.widget-error').count()).toBe(0)
    }
    await page.reload()
    await page.locator('[data-widget="conv-stepper"]').waitFor()
    await screenshot(page, 'offline-embed')
    await context.close()
  })
})
