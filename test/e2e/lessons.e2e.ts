/** A learner's walk: index -> every lesson, with math typeset and fonts loaded; phone and desktop. */
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

describe('lesson index and notebook', () => {
  it('lists every lesson in order and opens each one from the index', async () => {
    const { page, problems, url, context } = await open(browser)
    await page.goto(url('#/'))
    const titles = await page.locator('[data-testid="lesson-card"] h2').allTextContents()
    expect(titles).toEqual(lessons.map((l) => l.title))
    await screenshot(page, 'index-desktop')

    for (const lesson of lessons) {
      await page.goto(url('#/'))
      await page.getByRole('link', { name: lesson.title }).click()
      await page.locator('article.lesson[data-ready="true"]').waitFor()
      expect(page.url()).toContain(`#/${lesson.slug}`)
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(lesson.title)
      // Math is typeset by KaTeX at build time, and its fonts really load in the browser.
      expect(await page.locator('.katex').count()).toBeGreaterThan(0)
      const fonts = await page.evaluate(async () => {
        await document.fonts.ready
        const loaded = new Set<string>()
        document.fonts.forEach((f) => {
          if (f.status === 'loaded') loaded.add(f.family.replace(/["']/g, ''))
        })
        return [...loaded]
      })
      expect(fonts).toContain('KaTeX_Main')
      expect(fonts).toContain('KaTeX_Math')
      // Speaker notes never show in the notebook.
      expect(await page.locator('text=Point out that a CNN').count()).toBe(0)
      await screenshot(page, `lesson-${lesson.slug}-desktop`)
    }
    // Visiting marks progress on the index.
    await page.goto(url('#/'))
    await expect.poll(() => page.locator('.lesson-card .meta-done').count()).toBeGreaterThan(0)
    expect(problems).toEqual([])
    await context.close()
  })

  it('reads well on a phone: no horizontal scrolling, contents collapsed', async () => {
    const { page, problems, url, context } = await open(browser, { width: 390, height: 844 })
    await page.goto(url('#/'))
    await screenshot(page, 'index-phone')
    for (const lesson of lessons) {
      await page.goto(url(`#/${lesson.slug}`))
      await page.locator('article.lesson[data-ready="true"]').waitFor()
      await widgetsLoaded(page, 'article.lesson')
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      expect(await page.locator('.toc__wide').isVisible()).toBe(false)
      await screenshot(page, `lesson-${lesson.slug}-phone`)
      await page.locator('.widget').first().scrollIntoViewIfNeeded()
      await screenshot(page, `lesson-${lesson.slug}-phone-widget`)
    }
    expect(problems).toEqual([])
    await context.close()
  })

  it('keeps a solved exercise after a reload, and resets only a corrupt key', async () => {
    const { page, problems, url, context } = await open(browser)
    const lesson = lessons.find((l) => l.exerciseCount > 0)!
    await page.goto(url(`#/${lesson.slug}`))
    const first = () => page.locator('.exercise').first()
    await first().getByRole('button', { name: 'Show answer' }).click()
    const answer = (await first().locator('.exercise__reveal strong').textContent())!.replace(
      '−',
      '-',
    )
    await first().getByRole('textbox').fill(answer)
    await first().getByRole('button', { name: 'Check' }).click()
    await expect.poll(() => first().locator('.feedback--good').count()).toBe(1)
    // Revealing first does not count as solving.
    expect(await page.evaluate(() => localStorage.getItem('unfold.exercises.v1'))).toBeNull()

    await page.reload()
    await page.locator('article.lesson[data-ready="true"]').waitFor()
    await first().getByRole('textbox').fill(answer)
    await first().getByRole('button', { name: 'Check' }).click()
    await expect.poll(() => first().locator('.exercise__badge').count()).toBe(1)
    await page.reload()
    await page.locator('article.lesson[data-ready="true"]').waitFor()
    await expect.poll(() => first().locator('.exercise__badge').count()).toBe(1)

    // Corrupt one concern: it alone resets, with a notice; the solved exercise survives.
    await page.evaluate(() => localStorage.setItem('unfold.progress.v1', '{not json'))
    await page.reload()
    await page.locator('.notice').first().waitFor()
    expect(await page.locator('.notice').first().textContent()).toContain('reading progress')
    await expect.poll(() => first().locator('.exercise__badge').count()).toBe(1)
    expect(problems).toEqual([])
    await context.close()
  })
})
