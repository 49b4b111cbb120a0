/**
 * The receptive-field explorer in real Chromium, keyboard only: the sizes it shows for an output unit
 * equal a field computed here from the recurrence, and the input cells it colours are exactly those
 * the engine's autograd, run here in Node, gives a nonzero gradient.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { conv2d, ones, zeros } from '../../src/engine/index.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

const tile = (page: Page, id: string) => page.getByTestId(id).textContent()

/** Input gradient of unit `unit` of a stack of all-ones k×k convolutions (stride s, no padding). */
function engineGrad(size: number, layers: Array<[number, number]>, unit: number): number[] {
  const x = ones([1, 1, size, size], { requiresGrad: true })
  let y = x
  for (const [k, s] of layers) y = conv2d(y, ones([1, 1, k, k]), null, { stride: s })
  const seed = zeros(y.shape).data
  seed[unit] = 1
  y.backward(seed)
  return Array.from(x.grad!)
}

/** r and j by the recurrence r += (k - 1) j, j *= s. */
function theory(layers: Array<[number, number]>): [number, number] {
  let [r, j] = [1, 1]
  for (const [k, s] of layers) [r, j] = [r + (k - 1) * j, j * s]
  return [r, j]
}

describe('receptive-field explorer', () => {
  it('walks the output units with the arrow keys; sizes and cells match the engine', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1100, height: 900 })
    const layers: Array<[number, number]> = [
      [3, 2],
      [3, 2],
    ]
    await page.goto(url('#/embed/receptive-field?layers=k3s2p0d1,k3s2p0d1&size=15'))
    await page.locator('.rf-units').waitFor()
    await tabTo(page, '.rf-units')
    const [r, j] = theory(layers)
    // Default unit 4 is the centre of the 3×3 output; go to the top-left, then right along the row.
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowLeft')
    for (const unit of [0, 1, 2]) {
      if (unit > 0) await page.keyboard.press('ArrowRight')
      expect(await tile(page, 'rf-theory')).toBe(`${r}×${r}`)
      expect(await tile(page, 'rf-jump')).toBe(String(j))
      const grad = engineGrad(15, layers, unit)
      const shown = await page
        .locator('.rf-map [data-grad]')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-grad'))))
      expect(shown, `unit ${unit}`).toEqual(grad)
      const cols = grad.flatMap((g, i) => (g !== 0 ? [i % 15] : []))
      const width = Math.max(...cols) - Math.min(...cols) + 1
      expect(await tile(page, 'rf-measured')).toBe(`${width}×${width}`)
    }
    await screenshot(page, 'receptive-field-keyboard')
    expect(problems).toEqual([])
    await context.close()
  })

  it('typing a new kernel into a layer recomputes the field', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1100, height: 900 })
    await page.goto(url('#/embed/receptive-field?size=13'))
    await page.locator('.rf-units').waitFor()
    const kernel = page.getByRole('group', { name: 'Layer 2' }).getByLabel('kernel')
    await kernel.focus()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('5')
    const [r] = theory([
      [3, 1],
      [5, 1],
      [3, 1],
    ])
    await expect.poll(() => tile(page, 'rf-theory')).toBe(`${r}×${r}`)
    expect(await tile(page, 'rf-measured')).toBe(`${r}×${r}`)
    expect(problems).toEqual([])
    await context.close()
  })
})
