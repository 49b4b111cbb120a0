/** An author's path: browse the gallery, copy a widget's snippet, paste it into their own page. */
import { readFileSync } from 'node:fs'
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

  it('talks to its host page: ready to anyone, state only to the origin that said hello', async () => {
    const { context, problems, url } = await open(browser, { width: 1000, height: 700 })
    const page = await context.newPage()
    // Two public-looking origins, as on the web: the course's page, and Unfold served through a
    // proxy (Chromium blocks a public page from framing 127.0.0.1, the test server's address).
    const base = new URL(url('')).origin
    await context.route('http://unfold.test/**', async (route) => {
      const real = route.request().url().replace('http://unfold.test', base)
      await route.fulfill({ response: await route.fetch({ url: real }) })
    })
    const src = 'http://unfold.test/#/embed/conv-stepper?stride=2'
    await context.route('http://course.test/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<p>Course page</p><iframe src="${src}" title="w" width="900" height="600"></iframe>
          <script>
            window.heard = []
            addEventListener('message', (e) => window.heard.push({ origin: e.origin, data: e.data }))
          </script>`,
      }),
    )
    await page.goto('http://course.test/lesson.html')
    const heard = () =>
      page.evaluate(
        () =>
          (window as unknown as { heard: { origin: string; data: Record<string, unknown> }[] })
            .heard,
      )
    await expect.poll(async () => (await heard()).map((m) => m.data.type)).toContain('unfold:ready')
    expect((await heard()).every((m) => m.data.type === 'unfold:ready')).toBe(true)
    expect((await heard())[0].data).toEqual({ type: 'unfold:ready', widget: 'conv-stepper' })

    const send = (data: unknown) =>
      page.evaluate(
        (d) => document.querySelector('iframe')!.contentWindow!.postMessage(d, '*'),
        data,
      )
    await send({ type: 'unfold:hello' })
    await expect
      .poll(async () => (await heard()).find((m) => m.data.type === 'unfold:change')?.data)
      .toMatchObject({ widget: 'conv-stepper', params: { stride: 2 } })
    await send({ type: 'unfold:set-state', params: { stride: 1, padding: 1 } })
    await send({ type: 'unfold:step', by: 3 })
    await send({ type: 'unfold:set-state', params: { stride: 'lots' } })
    await send({ type: 'something-else' })
    const frame = page.frameLocator('iframe')
    // The newest state (resize messages may come after it).
    const lastChange = async () =>
      (await heard()).filter((m) => m.data.type === 'unfold:change').at(-1)?.data
    await expect.poll(lastChange).toMatchObject({ params: { stride: 1, padding: 1, step: 3 } })
    expect(new Set((await heard()).map((m) => m.origin))).toEqual(new Set(['http://unfold.test']))
    // The page's height, so a host can fit its iframe to the widget.
    const resize = async () =>
      Number((await heard()).find((m) => m.data.type === 'unfold:resize')?.data.height ?? 0)
    await expect.poll(resize).toBeGreaterThan(200)
    // The widget itself redrew: a 6×6 input, 3×3 kernel, padding 1, stride 1 gives (6+2-3)/1+1.
    const side = (6 + 2 * 1 - 3) / 1 + 1
    await frame
      .locator('section[aria-label="Output"] .conv-panel__shape', { hasText: `${side}×${side}×1` })
      .first()
      .waitFor()
    await screenshot(page, 'embed-host-bridge')
    expect(problems).toEqual([])
    await context.close()
  })

  it('saves a widget as an SVG and a PNG, credited with the lesson and Unfold', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1280, height: 800 })
    await page.goto(url('#/pooling'))
    const card = page.locator('figure[data-widget="pool-stepper"]').first()
    await card.scrollIntoViewIfNeeded()
    await widgetsLoaded(page, 'figure[data-widget="pool-stepper"]', true)
    await card.getByRole('button', { name: 'Share / embed' }).click()

    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'SVG' }).click(),
    ])
    const svg = readFileSync((await svgFile.path())!, 'utf8')
    expect(svgFile.suggestedFilename()).toBe('unfold-pool-stepper.svg')
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toContain('<foreignObject')
    expect(svg).toContain('Pooling · Pooling stepper · Unfold')
    // The picture holds the widget's numbers, not an empty frame.
    const shown = await card.locator('.conv-work__sums dd').first().textContent()
    expect(svg).toContain(`>${shown}<`)

    const [pngFile] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'PNG', exact: true }).click(),
    ])
    const png = readFileSync((await pngFile.path())!)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    const width = png.readUInt32BE(16)
    const box = await card.locator('.widget__body').boundingBox()
    expect(width).toBe(Math.ceil(box!.width) * 2)

    // Every step of the pooling window, tiled: one frame per output cell, and the widget left as it was.
    const before = await card.locator('.conv-work__sums dd').first().textContent()
    const [stripFile] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      card.getByRole('button', { name: 'Every step as a PNG strip' }).click(),
    ])
    expect(stripFile.suggestedFilename()).toBe('unfold-pool-stepper-steps.png')
    const strip = readFileSync((await stripFile.path())!)
    expect(strip.subarray(1, 4).toString('latin1')).toBe('PNG')
    const frameWidth = Math.ceil(box!.width)
    const cells = await card.locator('[aria-label^="Output"] [role="gridcell"]').count()
    const columns = Math.min(4, cells)
    expect(strip.readUInt32BE(16)).toBe(columns * frameWidth)
    expect(strip.readUInt32BE(20)).toBeGreaterThan(Math.ceil(cells / columns - 1) * box!.height)
    expect(await card.locator('.conv-work__sums dd').first().textContent()).toBe(before)
    await context.close()
    expect(problems).toEqual([])
  })
})
