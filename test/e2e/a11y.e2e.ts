/**
 * Accessibility: axe-core (the engine behind Lighthouse's audit) on every kind of page, in each
 * theme. Serious and critical violations fail; the rest are printed for the record.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { widgets } from '../../src/widgets/registry.ts'
import { lessons } from './helpers/lessons.ts'
import { launch, open } from './helpers/session.ts'
import { widgetsLoaded } from './helpers/widgets.ts'

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Runs axe on the page as it is now; returns the serious and critical violations, described. */
async function audit(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE })
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } }
    ).axe
    const result = await axe.run({ resultTypes: ['violations'] })
    return result.violations
  })
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical')
  if (minor.length) console.log(`${where}: minor: ${minor.map((v) => v.id).join(', ')}`)
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    )
}

/** Loads `address` as a new document (a hash change alone would keep the old page and axe's cache). */
async function fresh(page: Page, address: string): Promise<void> {
  await page.goto('about:blank')
  await page.goto(address)
}

describe('accessibility (axe-core)', () => {
  for (const theme of ['light', 'dark', 'projector']) {
    it(`finds nothing serious on the index, every lesson and the gallery (${theme})`, async () => {
      const { page, context, url } = await open(browser)
      const found: string[] = []
      for (const hash of ['#/', ...lessons.map((l) => `#/${l.slug}`), '#/widgets']) {
        await fresh(page, url(`${hash}${hash.includes('?') ? '&' : '?'}theme=${theme}`))
        await page.locator('.site').waitFor()
        // Bring every deferred widget in: scroll to the end, then let them load.
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 600) {
            window.scrollTo(0, y)
            await new Promise((r) => setTimeout(r, 30))
          }
        })
        await widgetsLoaded(page)
        found.push(...(await audit(page, `${hash} (${theme})`)))
      }
      expect(found).toEqual([])
      await context.close()
    })
  }

  it('finds nothing serious on slides and embeds', async () => {
    const { page, context, url } = await open(browser, { width: 1280, height: 720 })
    const found: string[] = []
    for (const lesson of lessons) {
      await fresh(page, url(`#/${lesson.slug}/slides/2`))
      await page.locator('.deck[data-ready="true"]').waitFor()
      await widgetsLoaded(page, '.deck__main', true)
      found.push(...(await audit(page, `#/${lesson.slug}/slides/2`)))
    }
    for (const w of widgets) {
      await fresh(page, url(`#/embed/${w.name}`))
      await page.locator(`[data-widget="${w.name}"]`).waitFor()
      await widgetsLoaded(page)
      found.push(...(await audit(page, `embed ${w.name}`)))
    }
    expect(found).toEqual([])
    await context.close()
  })
})
