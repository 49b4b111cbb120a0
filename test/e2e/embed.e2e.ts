/** An author's embed: every registered widget alone, with default and with garbage params. */
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

const GARBAGE = ['<img src=x onerror=window.__pwned=1>', 'NaN', '-1e309', '', '%E0%A4%A', 'null']

describe('embed', () => {
  for (const widget of widgets) {
    it(`shows ${widget.name} alone with its defaults, no site chrome`, async () => {
      const { page, problems, url, context } = await open(browser, { width: 720, height: 560 })
      await page.goto(url(`#/embed/${widget.name}`))
      await page.locator(`[data-widget="${widget.name}"]`).waitFor()
      await page.waitForTimeout(300)
      expect(await page.locator('.site-header').count()).toBe(0)
      expect(await page.locator('.param-issues').count()).toBe(0)
      await screenshot(page, `embed-${widget.name}`)
      expect(problems).toEqual([])
      await context.close()
    })

    it(`falls back to defaults with a visible notice for garbage ${widget.name} params`, async () => {
      const { page, problems, url, context } = await open(browser, { width: 720, height: 560 })
      for (const junk of GARBAGE) {
        const query = widget.schema.map((s) => `${s.name}=${encodeURIComponent(junk)}`).join('&')
        await page.goto(url(`#/embed/${widget.name}?${query}&__proto__=1&constructor=x`))
        await page.locator(`[data-widget="${widget.name}"] .param-issues`).waitFor()
        const text = await page.locator('.param-issues').textContent()
        expect(text).toContain('Ignored unknown link parameter "__proto__"')
        // Hostile values are shown as text, never parsed as HTML.
        expect(await page.locator('.param-issues img').count()).toBe(0)
        expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
        // The widget itself still renders (with its defaults), not an error card.
        await widgetsLoaded(page, `[data-widget="${widget.name}"]`, true)
        expect(await page.locator('.widget-error').count()).toBe(0)
        expect(
          await page.locator(`[data-widget="${widget.name}"] > :not(.param-issues)`).count(),
        ).toBeGreaterThan(0)
      }
      await screenshot(page, `embed-${widget.name}-garbage`)
      expect(problems).toEqual([])
      await context.close()
    })
  }

  it('hides every widget’s settings with controls=hide (the classroom view), and nothing else', async () => {
    const { page, problems, url, context } = await open(browser, { width: 720, height: 560 })
    let hidden = 0
    for (const widget of widgets) {
      await page.goto(url(`#/embed/${widget.name}?controls=hide&theme=projector`))
      await page.locator(`[data-widget="${widget.name}"]`).waitFor()
      await widgetsLoaded(page, `[data-widget="${widget.name}"]`, true)
      expect(await page.locator('.param-issues').count()).toBe(0)
      expect(await page.locator('[data-controls]:visible').count()).toBe(0)
      hidden += await page.locator('[data-controls]').count()
      // The widget itself is still there: its numbers, grids or charts.
      expect(await page.locator(`[data-widget="${widget.name}"]`).innerText()).not.toBe('')
    }
    // Almost every widget marks its settings; the few without (calculators) are all content.
    expect(hidden).toBeGreaterThanOrEqual(widgets.length - 3)
    await screenshot(page, 'embed-classroom')
    expect(problems).toEqual([])
    await context.close()
  })

  it('hides only the chosen controls with hide=<names>, ignoring names the widget does not have', async () => {
    const { page, problems, url, context } = await open(browser, { width: 720, height: 560 })
    await page.goto(url('#/embed/gradient-flow?hide=clip,seed,%22%5D%7B%7D'))
    await widgetsLoaded(page, '[data-widget="gradient-flow"]', true)
    expect(await page.locator('[data-param="clip"]').isVisible()).toBe(false)
    expect(await page.locator('[data-param="seed"]').isVisible()).toBe(false)
    expect(await page.locator('[data-param="sigma"]').isVisible()).toBe(true)
    expect(await page.locator('[data-param="activation"]').isVisible()).toBe(true)
    expect(await page.locator('.param-issues').count()).toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })

  it('names the available widgets when the link names an unknown one', async () => {
    const { page, problems, url, context } = await open(browser)
    await page.goto(url('#/embed/%3Cscript%3Ealert(1)%3C%2Fscript%3E'))
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toContain(widgets[0].name)
    expect(await page.locator('script:not([src])').count()).toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })
})
