/**
 * The pooling stepper in real Chromium, keyboard only: every output cell the window visits shows
 * the value the engine computes in Node for the same input, and the backward view routes the
 * gradient to the engine's arg max.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { avgPool2d, maxPool2d, tensor } from '../../src/engine/index.ts'
import { inputPreset } from '../../src/widgets/PoolStepper/presets.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const shown = async (page: Page) =>
  Number(await page.locator('.conv-work__z').getAttribute('data-value'))

async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

describe('pooling stepper', () => {
  for (const mode of ['max', 'avg'] as const) {
    it(`${mode}: walks every output cell with the arrow keys, each equal to the engine in Node`, async () => {
      const { page, problems, url, context } = await open(browser, { width: 1000, height: 900 })
      await page.goto(url(`#/embed/pool-stepper?mode=${mode}&window=3&stride=2&padding=1`))
      await page.locator('.conv-output').waitFor()
      const x = tensor([[inputPreset('deck', 1)]])
      const pool = mode === 'max' ? maxPool2d : avgPool2d
      const out = pool(x, 3, { stride: 2, padding: 1 })
      const [, , ho, wo] = out.shape
      await tabTo(page, '.conv-output')
      for (let r = 0; r < ho; r++) {
        await page.keyboard.press('Home')
        for (let i = 0; i < r; i++) await page.keyboard.press('ArrowDown')
        for (let c = 0; c < wo; c++) {
          if (c > 0) await page.keyboard.press('ArrowRight')
          expect(await shown(page), `cell ${r},${c}`).toBe(out.data[r * wo + c])
        }
      }
      await screenshot(page, `pool-stepper-${mode}-keyboard`)
      expect(problems).toEqual([])
      await context.close()
    })
  }

  it('backward: the input gradient equals the engine autograd in Node', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1000, height: 900 })
    await page.goto(url('#/embed/pool-stepper?view=backward&input=ties'))
    const grid = page.getByRole('grid', { name: 'Input gradient' })
    await grid.waitFor()
    const x = tensor([[inputPreset('ties', 1)]], undefined, { requiresGrad: true })
    const y = maxPool2d(x, 2)
    y.backward(new Float64Array(y.size).fill(1))
    const cells = await grid
      .locator('[data-cell]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('title'))))
    expect(cells).toEqual(Array.from(x.grad!))
    await screenshot(page, 'pool-stepper-backward')
    expect(problems).toEqual([])
    await context.close()
  })
})
