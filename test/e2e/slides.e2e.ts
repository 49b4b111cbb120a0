/** A lecturer's walk: every slide of every lesson, keyboard only, and the deck's views. */
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

async function counter(page: Page): Promise<[number, number]> {
  const text = (await page.locator('.deck__count').textContent()) ?? ''
  const [n, total] = text.split('/').map((s) => Number(s.trim()))
  return [n, total]
}

/**
 * Presses `key` until the deck moves to slide `target`: a steppable widget on the slide takes the
 * presses first (clicker steps), so a slide may need several. The deck changes the URL inside its
 * key handler, so reading it right after a press tells a slide move from a widget step.
 */
async function pressUntil(page: Page, key: string, target: number): Promise<number> {
  for (let presses = 1; presses <= 400; presses++) {
    await page.keyboard.press(key)
    const hash = await page.evaluate(() => location.hash)
    if (hash.endsWith(`/slides/${target}`)) {
      await expect.poll(async () => (await counter(page))[0]).toBe(target)
      return presses
    }
  }
  throw new Error(`slide ${target} not reached with ${key} in 400 presses`)
}

/** The slide's content fits the 16:9 stage: nothing spills below it. */
async function fitsStage(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const stage = document.querySelector('.deck__main .stage')!.getBoundingClientRect()
    const content = document.querySelector('.deck__main .stage__content')!.getBoundingClientRect()
    return content.bottom <= stage.bottom + 1 && content.right <= stage.right + 1
  })
}

describe('slides', () => {
  for (const lesson of lessons) {
    it(`walks every slide of "${lesson.title}" with the keyboard`, async () => {
      const { page, problems, url, context } = await open(browser, { width: 1280, height: 720 })
      await page.goto(url(`#/${lesson.slug}/slides/1`))
      await page.locator('.deck[data-ready="true"]').waitFor()
      const [, total] = await counter(page)
      expect(total).toBe(lesson.slideCount + 1)
      await screenshot(page, `slides-${lesson.slug}-01`)
      const keys = ['ArrowRight', 'PageDown', ' ']
      for (let n = 1; n < total; n++) {
        await pressUntil(page, keys[n % keys.length], n + 1)
        expect(page.url()).toContain(`#/${lesson.slug}/slides/${n + 1}`)
        await widgetsLoaded(page, '.deck__main', true)
        // The stage shrinks over-tall content once it has measured it: give it a frame or two.
        await expect.poll(() => fitsStage(page)).toBe(true)
        await screenshot(page, `slides-${lesson.slug}-${String(n + 1).padStart(2, '0')}`)
      }
      await page.keyboard.press('ArrowRight') // past the end: stays on the last slide
      await expect.poll(async () => (await counter(page))[0]).toBe(total)
      await pressUntil(page, 'PageUp', total - 1)
      await page.keyboard.press('Home')
      await expect.poll(async () => (await counter(page))[0]).toBe(1)
      await page.keyboard.press('End')
      await expect.poll(async () => (await counter(page))[0]).toBe(total)
      expect(problems).toEqual([])
      await context.close()
    })
  }

  it('opens the overview, help and blackout, and closes them with Escape', async () => {
    const lesson = lessons[0]
    const { page, problems, url, context } = await open(browser, { width: 1280, height: 720 })
    await page.goto(url(`#/${lesson.slug}/slides/3`))
    await page.locator('.deck[data-ready="true"]').waitFor()
    await page.keyboard.press('o')
    await page.locator('.overview').waitFor()
    expect(await page.locator('.overview__thumb').count()).toBe(lesson.slideCount + 1)
    await page.waitForTimeout(300)
    await screenshot(page, 'slides-overview')
    await page.keyboard.press('Escape')
    expect(await page.locator('.overview').count()).toBe(0)
    await page.keyboard.press('o')
    await page.locator('.overview__thumb').nth(1).click()
    await expect.poll(async () => (await counter(page))[0]).toBe(2)
    await page.keyboard.press('Shift+Slash')
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor()
    await screenshot(page, 'slides-help')
    await page.keyboard.press('Escape')
    await page.keyboard.press('b')
    expect(await page.locator('.blackout').count()).toBe(1)
    await page.keyboard.press('b')
    expect(await page.locator('.blackout').count()).toBe(0)
    // A slide number beyond the deck is corrected, not an error.
    await page.goto(url(`#/${lesson.slug}/slides/999`))
    await expect.poll(() => page.url()).toContain(`/slides/${lesson.slideCount + 1}`)
    expect(problems).toEqual([])
    await context.close()
  })

  it('scales the stage to a phone held sideways and to a wide projector', async () => {
    const lesson = lessons[0]
    for (const [w, h] of [
      [844, 390],
      [1920, 1080],
    ]) {
      const { page, problems, url, context } = await open(browser, { width: w, height: h })
      await page.goto(url(`#/${lesson.slug}/slides/5`))
      await page.locator('.deck[data-ready="true"]').waitFor()
      await widgetsLoaded(page, '.deck__main', true)
      await expect.poll(() => fitsStage(page)).toBe(true)
      await screenshot(page, `slides-${w}x${h}`)
      expect(problems).toEqual([])
      await context.close()
    }
  })
})
