/**
 * The convolution stepper in real Chromium, keyboard only: every cell the window visits shows the
 * sum the engine computes in Node for the same numbers, bit for bit.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { conv2d, tensor } from '../../src/engine/index.ts'
import { layerNumbers } from '../../src/widgets/ConvStepper/presets.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const layer = {
  size: 6,
  kernel: 3,
  stride: 2,
  padding: 1,
  dilation: 1,
  channels: 2,
  filters: 2,
  preset: 'random' as const,
  input: 'random' as const,
  seed: 11,
}

/** The engine's output for the layer, computed here in Node: [filter][row][col]. */
function engineOutput(): { at: (k: number, r: number, c: number) => number; ho: number } {
  const n = layerNumbers(layer)
  const out = conv2d(tensor([n.input]), tensor(n.weight), tensor(n.bias), {
    stride: layer.stride,
    padding: layer.padding,
  })
  const [, , ho, wo] = out.shape
  return { at: (k, r, c) => out.data[(k * ho + r) * wo + c], ho }
}

const shownSum = async (page: Page) =>
  Number(await page.locator('.conv-work__z').getAttribute('data-value'))

async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

describe('convolution stepper', () => {
  it('walks every output cell with the arrow keys, each sum equal to the engine in Node', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1000, height: 900 })
    const query = Object.entries(layer)
      .map(([k, v]) => `${k}=${v}`)
      .join('&')
    await page.goto(url(`#/embed/conv-stepper?${query}&bias=true`))
    await page.locator('.conv-output').waitFor()
    const engine = engineOutput()
    await tabTo(page, '.conv-output')
    for (let r = 0; r < engine.ho; r++) {
      // Back to the first cell, then down r rows: the window moves in two dimensions.
      await page.keyboard.press('Home')
      for (let i = 0; i < r; i++) await page.keyboard.press('ArrowDown')
      for (let c = 0; c < engine.ho; c++) {
        if (c > 0) await page.keyboard.press('ArrowRight')
        expect(await shownSum(page), `cell ${r},${c}`).toBe(engine.at(0, r, c))
      }
    }
    await screenshot(page, 'conv-stepper-keyboard')
    expect(problems).toEqual([])
    await context.close()
  })

  it('shows the second filter and steps with the buttons from the keyboard', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1000, height: 900 })
    const query = Object.entries(layer)
      .map(([k, v]) => `${k}=${v}`)
      .join('&')
    await page.goto(url(`#/embed/conv-stepper?${query}&bias=true`))
    await page.locator('.conv-output').waitFor()
    const engine = engineOutput()
    await tabTo(page, '.conv-picker input[type="radio"]:is(:checked)')
    // Two radio groups (channel, filter): the second is the filter picker.
    await tabTo(page, '[aria-label="Filter"] input[type="radio"]')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => shownSum(page)).toBe(engine.at(1, 0, 0))
    await tabTo(page, 'button[aria-label="Step forward"]')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Space')
    await expect.poll(() => shownSum(page)).toBe(engine.at(1, 0, 2))
    expect(problems).toEqual([])
    await context.close()
  })

  it('paints the input with a mouse drag in draw mode, and the output is the engine in Node', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1000, height: 900 })
    const bar = { size: 6, kernel: 3, input: 'vertical-bar', preset: 'vertical-edge' } as const
    await page.goto(url(`#/embed/conv-stepper?size=6&input=vertical-bar&preset=vertical-edge`))
    await page.locator('.conv-output').waitFor()
    await page.getByRole('button', { name: 'Draw' }).click()
    const field = (r: number, c: number) => page.getByLabel(`Input row ${r + 1} column ${c + 1}`)
    const centre = async (r: number, c: number) => {
      const box = (await field(r, c).boundingBox())!
      return [box.x + box.width / 2, box.y + box.height / 2] as const
    }
    // One stroke along row 2, from column 1 to column 5, in small mouse steps.
    await page.mouse.move(...(await centre(1, 0)))
    await page.mouse.down()
    const [x, y] = await centre(1, 4)
    await page.mouse.move(x, y, { steps: 12 })
    await page.mouse.up()
    const n = layerNumbers({ ...bar, channels: 1, filters: 1, seed: 1 })
    for (let c = 0; c <= 4; c++) n.input[0][1][c] = 1
    const out = conv2d(tensor([n.input]), tensor(n.weight))
    const wo = out.shape[3]
    const output = page.getByRole('grid', { name: 'Output' })
    for (const [r, c] of [
      [0, 0],
      [0, 1],
      [1, 3],
    ]) {
      const cell = output.getByLabel(new RegExp(`^row ${r + 1} column ${c + 1}:`))
      await expect
        .poll(async () => Number(await cell.getAttribute('title')))
        .toBe(out.data[r * wo + c])
    }
    // The drag painted, it did not focus or select: no input cell has the focus.
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('INPUT')
    await screenshot(page, 'conv-stepper-drawn')
    expect(problems).toEqual([])
    await context.close()
  })
})
