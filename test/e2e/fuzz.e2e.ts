/**
 * Fuzz mode in real Chromium: seeded random pointer, wheel and keyboard input at every lesson (as
 * notebook and as slides) and every widget embed. Nothing may throw, log an error or fail a request,
 * and the app must still be on screen afterwards.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { widgets } from '../../src/widgets/registry.ts'
import { lessons } from './helpers/lessons.ts'
import { launch, open, screenshot } from './helpers/session.ts'

const EVENTS = Number(process.env.FUZZ_EVENTS ?? 3000)

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const targets = [
  ...lessons.flatMap((l) => [`#/${l.slug}`, `#/${l.slug}/slides/1`]),
  ...widgets.map((w) => `#/embed/${w.name}`),
  '#/',
]

describe('fuzz', () => {
  targets.forEach((hash, i) => {
    it(`survives ${EVENTS} random events at ${hash}`, async () => {
      const { page, problems, url, context } = await open(browser)
      const seed = 1000 + i
      await page.goto(url(hash, `?fuzz&fuzzSeed=${seed}&fuzzEvents=${EVENTS}`))
      await page.waitForFunction(() => window.__unfoldFuzz?.finished === true, undefined, {
        timeout: 90_000,
        polling: 250,
      })
      const report = await page.evaluate(() => window.__unfoldFuzz!)
      expect(report.done).toBe(EVENTS)
      expect(report.errors).toEqual([])
      // Still an app: the root has content and the URL is still ours.
      expect(await page.locator('#root > *').count()).toBeGreaterThan(0)
      expect(page.url().startsWith(url(''))).toBe(true)
      await screenshot(page, `fuzz-${i}`)
      expect(problems, `seed ${seed}`).toEqual([])
      await context.close()
    })
  })
})
