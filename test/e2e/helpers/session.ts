/**
 * A browser page wired to fail the test on anything a user would call broken: a console error, an
 * uncaught exception, a failed request or an HTTP error. Screenshots go to test-results/screens/.
 */
import { mkdirSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { CHROMIUM_ARGS } from './chromium.ts'

export const SCREENS = 'test-results/screens'

/** Launches the browser once per test file. */
export async function launch(): Promise<Browser> {
  mkdirSync(SCREENS, { recursive: true })
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_ARGS,
  })
}

/** A page plus the problems it has seen so far. */
export interface Watched {
  context: BrowserContext
  page: Page
  problems: string[]
  url: (hash: string, search?: string) => string
}

/**
 * Opens a fresh context (empty storage) and a watched page. The offline service worker is blocked
 * unless asked for: precaching the whole build in every one of hundreds of contexts would only
 * slow the other tests down.
 */
export async function open(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
  serviceWorkers: 'allow' | 'block' = 'block',
): Promise<Watched> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', serviceWorkers })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`))
  page.on('requestfailed', (r) =>
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`),
  )
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`)
  })
  const base = inject('baseUrl')
  const url = (hash: string, search = '') => `${base}${search}${hash}`
  return { context, page, problems, url }
}

/** Saves a screenshot under test-results/screens/<name>.png. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage })
}
