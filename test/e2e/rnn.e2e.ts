/** The recurrent widgets in real Chromium, keyboard only, checked against the engine run in Node. */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rnnCellConcat, tensor } from '../../src/engine/index.ts'
import { formatNumber } from '../../src/lesson/format.ts'
import { unroll, VOCAB } from '../../src/widgets/RnnUnroller/model.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('recurrent widgets', () => {
  it('steps the unroller with the keyboard and shows the engine’s probabilities', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1280, height: 800 })
    await page.goto(url('#/embed/rnn-unroller?word=hello&step=1'))
    const slider = page.getByRole('slider', { name: 'Time step' })
    await slider.waitFor()
    await slider.focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => slider.inputValue()).toBe('3')
    const run = unroll('hello', 3, 1)
    for (const [v, c] of VOCAB.entries()) {
      expect(await page.getByTestId(`p-${c}`).textContent()).toBe(
        formatNumber(run.steps[2].probs[v], 3),
      )
    }
    await page.keyboard.press('End')
    await expect.poll(() => page.getByTestId('unroll-where').textContent()).toContain('Step 5')
    await screenshot(page, 'rnn-unroller-keyboard')
    expect(problems).toEqual([])
    await context.close()
  })

  it('recomputes the worked step after a keyboard edit of W, as the engine does', async () => {
    const { page, problems, url, context } = await open(browser, { width: 390, height: 844 })
    await page.goto(url('#/embed/rnn-step'))
    const cell = page.getByLabel('W row 3 column 2')
    await cell.waitFor()
    await cell.focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('-1.25')
    await page.keyboard.press('Enter')
    const h = tensor([[0, 1]])
    const x = tensor([[1, 0]])
    const W = tensor([
      [1.5, -2],
      [0, 1],
      [-1, -1.25],
      [2, 0],
    ])
    const ht = rnnCellConcat(h, x, W, tensor([0, 0]))
    const label = `h_t = ${Array.from(ht.data, (v) => formatNumber(v)).join(', ')}`
    await expect
      .poll(() => page.getByRole('img', { name: /^h_t = / }).getAttribute('aria-label'))
      .toBe(label)
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0)
    await screenshot(page, 'rnn-step-edited-phone')
    expect(problems).toEqual([])
    await context.close()
  })
})
