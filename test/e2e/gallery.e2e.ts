/** An author's path: browse the gallery, copy a widget's snippet, paste it into their own page. */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { widgets } from '../../src/widgets/registry.ts'
import { launch, open, screenshot } from './helpers/session.ts'
import { widgetsLoaded } from './helpers/widgets.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('widget gallery and embed snippet', () => {
  it('shows every registered widget live, with its parameters', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1280, height: 800 })
    await page.goto(url('#/widgets'))
    for (const w of widgets) {
      const card = page.locator(`section#${w.name}`)
      await card.scrollIntoViewIfNeeded()
      await widgetsLoaded(page, `section#${w.name}`, true)
      expect(await card.locator('.widget-error').count()).toBe(0)
      await card.locator('.gallery__params > summary').click()
      expect(await card.locator('.gallery__params tbody tr').count()).toBe(w.schema.length)
    }
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'gallery')
    expect(problems).toEqual([])
    await context.close()
  })

  it('pastes a copied iframe snippet into a host page, where it works without moving the page', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1280, height: 800 })
    await page.goto(url('#/widgets?at=conv-stepper'))
    const card = page.locator('section#conv-stepper')
    await widgetsLoaded(page, 'section#conv-stepper', true)
    await card.getByRole('button', { name: 'Share / embed' }).click()
    const snippet = await card.getByRole('textbox', { name: 'Embed in a page (HTML)' }).inputValue()

    // The author's page: text above and below, scrolled a little, a field with the focus.
    const host = await context.newPage()
    await host.setContent(
      `<h1>My course</h1><input id="notes" /><div style="height:600px"></div>${snippet}` +
        `<div style="height:1200px"></div>`,
    )
    await host.focus('#notes')
    await host.evaluate(() => window.scrollTo(0, 120))
    const frame = host.frameLocator('iframe')
    await frame.locator('[data-widget="conv-stepper"]').waitFor()
    await host.waitForTimeout(500)
    expect(await host.evaluate(() => window.scrollY)).toBe(120)
    expect(await host.evaluate(() => document.activeElement?.id)).toBe('notes')
    expect(await host.locator('iframe').getAttribute('title')).toBe('Unfold: Convolution stepper')
    await host.locator('iframe').scrollIntoViewIfNeeded()
    await screenshot(host, 'embed-in-host-page')
    expect(problems).toEqual([])
    await context.close()
  })
})
