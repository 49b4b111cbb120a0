/**
 * Budgets from the issue, measured in real Chromium against the production build and printed:
 * JavaScript transferred (gzip) for the index and for each lesson (asserted: a size, not a timing),
 * time until a lesson is interactive and the longest main-thread task while reading and stepping
 * (printed only: timings vary on shared machines).
 */
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lessons } from './helpers/lessons.ts'
import { launch, open } from './helpers/session.ts'
import { firstWidgetControl, widgetsLoaded } from './helpers/widgets.ts'

const KB = 1024
const rows: string[] = []

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
  console.log(['', 'Budgets (production build, local preview):', ...rows, ''].join('\n'))
})

/** Records gzip sizes of every script the page loads; the returned function waits for all bodies. */
function countScripts(page: Page): () => Promise<number> {
  const sizes: Array<Promise<number>> = []
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script') return
    sizes.push(
      r.body().then(
        (body) => gzipSync(body).length,
        () => 0, // a response without a body (aborted) transferred nothing
      ),
    )
  })
  return async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0)
}

async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number }
    w.__longest = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
}

describe('budgets', () => {
  it('index: at most 120 KB of gzip JavaScript', async () => {
    const { page, problems, url, context } = await open(browser)
    const scripts = countScripts(page)
    await page.goto(url('#/'), { waitUntil: 'networkidle' })
    const size = await scripts()
    rows.push(`  index: ${(size / KB).toFixed(1)} KB gzip JS (budget 120)`)
    expect(size).toBeLessThanOrEqual(120 * KB)
    expect(problems).toEqual([])
    await context.close()
  })

  for (const lesson of lessons) {
    it(`${lesson.slug}: at most 250 KB gzip JS; interactive time and long tasks printed`, async () => {
      const { page, problems, url, context } = await open(browser)
      await watchLongTasks(page)
      const scripts = countScripts(page)
      await page.goto(url('#/'), { waitUntil: 'networkidle' })
      const start = Date.now()
      await page.getByRole('link', { name: lesson.title }).click()
      await page.locator('article.lesson[data-ready="true"]').waitFor()
      await page.locator('[data-widget]').first().waitFor()
      await widgetsLoaded(page, 'article.lesson')
      const interactive = Date.now() - start
      await page.waitForLoadState('networkidle')
      const size = await scripts()
      const loadLongest = await page.evaluate(
        () => (window as unknown as { __longest: number }).__longest,
      )

      // Reading and stepping: scroll the page and drive the first widget from the keyboard.
      await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0))
      const control = firstWidgetControl(page)
      await control.focus()
      for (let i = 0; i < 40; i++) await control.press(i % 2 ? 'ArrowRight' : 'ArrowLeft')
      await page.mouse.wheel(0, 4000)
      await page.waitForTimeout(300)
      const stepLongest = await page.evaluate(
        () => (window as unknown as { __longest: number }).__longest,
      )
      rows.push(
        `  ${lesson.slug}: ${(size / KB).toFixed(1)} KB gzip JS (budget 250), interactive in ${interactive} ms (budget 1000), ` +
          `longest task ${loadLongest.toFixed(0)} ms while loading, ${stepLongest.toFixed(0)} ms while stepping (budget 50)`,
      )
      expect(size).toBeLessThanOrEqual(250 * KB)
      expect(problems).toEqual([])
      await context.close()
    })
  }
})
