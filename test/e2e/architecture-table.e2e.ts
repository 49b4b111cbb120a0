/**
 * The architecture table in real Chromium: edit a layer from the keyboard and every later row's shape
 * equals describeStack, run here in Node on the same layers with the same edit.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeStack, type LayerSpec } from '../../src/engine/index.ts'
import { ARCHS } from '../../src/widgets/ArchitectureTable/architectures.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('architecture table', () => {
  it('AlexNet: CONV2 with 5×5 padding 0 shrinks every later map, as describeStack says', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1280, height: 900 })
    await page.goto(url('#/embed/architecture-table?arch=alexnet'))
    const conv2 = page.locator('tr', { has: page.getByRole('rowheader', { name: /^CONV2/ }) })
    await conv2.waitFor()
    const pad = conv2.getByLabel('pad')
    await pad.focus()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('0')
    const edited: LayerSpec[] = ARCHS.alexnet.layers.map((l) =>
      l.name === 'CONV2' ? { ...l, padding: 0 } : l,
    )
    const direct = describeStack(ARCHS.alexnet.input, edited)
    expect(direct.error).toBeNull()
    for (const row of direct.rows) {
      const shown = page
        .locator('tr', { has: page.getByRole('rowheader', { name: new RegExp(`^${row.name}`) }) })
        .locator('.arch-shape')
      await expect.poll(() => shown.textContent(), { timeout: 5000 }).toBe(row.output.join('×'))
    }
    const total = await page.locator('[data-total="params"]').getAttribute('title')
    expect(total).toBe(direct.totals.params.toLocaleString('en-US'))
    await screenshot(page, 'architecture-table-edited')
    expect(problems).toEqual([])
    await context.close()
  })

  it('says which layer no longer fits when the input shrinks, instead of a shape', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1280, height: 900 })
    await page.goto(url('#/embed/architecture-table?arch=lenet5'))
    const height = page.getByLabel('input height')
    await height.waitFor()
    await height.focus()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('16')
    const direct = describeStack([1, 16, 32], ARCHS.lenet5.layers)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain(direct.error!.message)
    expect(problems).toEqual([])
    await context.close()
  })
})
