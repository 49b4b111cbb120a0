/** A lecturer with two windows: the audience's slides and the presenter view, kept in step. */
import type { Browser, Page } from 'playwright-core'
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

const slideOf = (page: Page) => page.evaluate(() => Number(location.hash.split('/').pop()))

describe('presenter view', () => {
  it('keeps the audience and presenter windows on the same slide across ten key presses', async () => {
    const lesson = lessons[0]
    const { context, page: audience, problems, url } = await open(browser)
    await audience.goto(url(`#/${lesson.slug}/slides/1`))
    await audience.locator('.deck[data-ready="true"]').waitFor()
    // P opens the presenter window (a popup of the same context, so the channel reaches it).
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      audience.keyboard.press('p'),
    ])
    await presenter.locator('.presenter[data-ready="true"]').waitFor()
    expect(await slideOf(presenter)).toBe(1)

    const presses: Array<[Page, string]> = [
      [audience, 'ArrowRight'],
      [audience, 'ArrowRight'],
      [presenter, 'ArrowRight'],
      [presenter, 'PageDown'],
      [audience, 'ArrowLeft'],
      [presenter, ' '],
      [audience, 'PageDown'],
      [presenter, 'ArrowLeft'],
      [audience, 'End'],
      [presenter, 'Home'],
    ]
    let expected = 1
    const total = lesson.slideCount + 1
    for (const [page, key] of presses) {
      await page.bringToFront()
      await page.keyboard.press(key)
      if (key === 'End') expected = total
      else if (key === 'Home') expected = 1
      else if (key === 'ArrowLeft') expected = Math.max(1, expected - 1)
      else expected = Math.min(total, expected + 1)
      await expect.poll(() => slideOf(audience)).toBe(expected)
      await expect.poll(() => slideOf(presenter)).toBe(expected)
    }
    expect(problems).toEqual([])
  })

  it('shows this slide, the next one and the speaker notes', async () => {
    const lesson = lessons[0]
    const { page, problems, url } = await open(browser, { width: 1280, height: 800 })
    await page.goto(url(`#/${lesson.slug}/presenter/3`))
    await page.locator('.presenter[data-ready="true"]').waitFor()
    const notes = page.getByRole('region', { name: 'Speaker notes' })
    await expect.poll(async () => (await notes.locator('.speaker-notes').count()) > 0).toBe(true)
    await expect.poll(() => page.getByText('Next: slide 4').count()).toBe(1)
    await screenshot(page, 'presenter-view')
    expect(problems).toEqual([])
  })
})

describe('clicker steps', () => {
  it('walks a convolution window with the clicker before moving to the next slide', async () => {
    const lesson = lessons.find((l) => l.slug === 'the-convolution-layer')!
    const { page, problems, url } = await open(browser, { width: 1280, height: 720 })
    // Find the first slide that holds a convolution stepper.
    let slide = 2
    for (; slide <= lesson.slideCount + 1; slide++) {
      await page.goto(url(`#/${lesson.slug}/slides/${slide}`))
      await page.locator('.deck[data-ready="true"]').waitFor()
      await page.waitForTimeout(200)
      if ((await page.locator('.deck__main [data-widget="conv-stepper"]').count()) > 0) break
    }
    const where = page.locator('.deck__main .conv-transport__where')
    await where.waitFor()
    const [first, count] = ((await where.textContent()) ?? '').split('/').map((s) => Number(s))
    expect(count).toBeGreaterThan(first)
    await page.keyboard.press('PageDown')
    await expect.poll(async () => where.textContent()).toBe(`${first + 1} / ${count}`)
    expect(page.url()).toContain(`/slides/${slide}`)
    await page.keyboard.press('PageUp')
    await expect.poll(async () => where.textContent()).toBe(`${first} / ${count}`)
    // At the window's last cell the next press leaves the slide.
    await page.locator('.deck__main').getByRole('button', { name: 'Last cell' }).click()
    await expect.poll(async () => where.textContent()).toBe(`${count} / ${count}`)
    await page.keyboard.press('PageDown')
    await expect.poll(() => page.url()).toContain(`/slides/${slide + 1}`)
    expect(problems).toEqual([])
  })
})

describe('printable deck', () => {
  it('prints every slide on its own page, widgets drawn, in the learner’s current state', async () => {
    const lesson = lessons.find((l) => l.slug === 'pooling')!
    const { page, problems, url } = await open(browser, { width: 1400, height: 900 })
    await page.goto(url(`#/${lesson.slug}/print`))
    await page.locator('.print-deck[data-ready="true"]').waitFor()
    const total = lesson.slideCount + 1
    expect(await page.locator('.print-slide').count()).toBe(total)
    // A printer never scrolls: every widget must be mounted and loaded already.
    await widgetsLoaded(page, '.print-deck', true)
    expect(await page.locator('.print-deck [data-widget]').count()).toBeGreaterThan(0)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
    expect(pages.length).toBe(total)
    await screenshot(page, 'print-deck')
    expect(problems).toEqual([])
  })
})

describe('clicker steps from the presenter window', () => {
  it('forwards the presenter’s presses, so the audience’s stepper walks first', async () => {
    const lesson = lessons.find((l) => l.slug === 'the-convolution-layer')!
    const { context, page: audience, problems, url } = await open(browser)
    let slide = 2
    for (; slide <= lesson.slideCount + 1; slide++) {
      await audience.goto(url(`#/${lesson.slug}/slides/${slide}`))
      await audience.locator('.deck[data-ready="true"]').waitFor()
      await audience.waitForTimeout(200)
      if ((await audience.locator('.deck__main [data-widget="conv-stepper"]').count()) > 0) break
    }
    const where = audience.locator('.deck__main .conv-transport__where')
    await where.waitFor()
    const [first, count] = ((await where.textContent()) ?? '').split('/').map((s) => Number(s))
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      audience.keyboard.press('p'),
    ])
    await presenter.locator('.presenter[data-ready="true"]').waitFor()
    await presenter.bringToFront()
    await presenter.keyboard.press('PageDown')
    await expect.poll(() => where.textContent()).toBe(`${first + 1} / ${count}`)
    await presenter.keyboard.press('PageUp')
    await expect.poll(() => where.textContent()).toBe(`${first} / ${count}`)
    expect(await slideOf(presenter)).toBe(slide)
    expect(await slideOf(audience)).toBe(slide)
    // With the audience window closed, the presenter moves on its own.
    await audience.close()
    // Let the closed window's channel go quiet (it can still answer for a moment after close).
    await presenter.waitForTimeout(1000)
    await presenter.keyboard.press('PageDown')
    await expect.poll(() => slideOf(presenter), { timeout: 5000 }).toBe(slide + 1)
    expect(problems).toEqual([])
  })

  it('mirrors a widget edited in one window in the other (the laptop and the projector)', async () => {
    const lesson = lessons.find((l) => l.slug === 'the-convolution-layer')!
    const { context, page: laptop, problems, url } = await open(browser)
    const projector = await context.newPage()
    let slide = 2
    for (; slide <= lesson.slideCount + 1; slide++) {
      await laptop.goto(url(`#/${lesson.slug}/slides/${slide}`))
      await laptop.locator('.deck[data-ready="true"]').waitFor()
      await laptop.waitForTimeout(200)
      if ((await laptop.locator('.deck__main [data-widget="conv-stepper"]').count()) > 0) break
    }
    await projector.goto(url(`#/${lesson.slug}/slides/${slide}`))
    const here = (page: Page) => page.locator('.deck__main .conv-transport__where')
    await here(projector).waitFor()
    const before = await here(projector).textContent()
    await laptop.bringToFront()
    await laptop
      .locator('.deck__main')
      .getByRole('button', { name: 'Step forward' })
      .first()
      .click()
    await laptop
      .locator('.deck__main')
      .getByRole('button', { name: 'Step forward' })
      .first()
      .click()
    const after = await here(laptop).textContent()
    expect(after).not.toBe(before)
    await expect.poll(() => here(projector).textContent()).toBe(after)
    expect(problems).toEqual([])
  })
})
