/**
 * The backpropagation widget in real Chromium, keyboard only: edit a weight and the learning rate
 * by typing, step the phases with the arrow keys, and check the loss and the updated Θ₂ on screen
 * against the network computed here, by its definition, from the numbers the page shows.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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

/** A grid's values at full precision (each cell's title), row by row. */
async function grid(page: Page, name: string): Promise<number[][]> {
  const cells = await page
    .getByRole('grid', { name, exact: true })
    .locator('[data-cell]')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-cell')!, Number(e.getAttribute('title'))] as const),
    )
  const rows: number[][] = []
  for (const [key, v] of cells) {
    const [r, c] = key.split('-').map(Number)
    ;(rows[r] ??= [])[c] = v
  }
  return rows
}

const quantity = async (page: Page, name: string) =>
  Number(await page.locator(`[data-quantity="${name}"]`).getAttribute('data-value'))

// The network by its definition: s1 = xΘ1, h1 = σ(s1), s2 = h1Θ2, ŷ = σ(s2), E = ½ Σ (y − ŷ)².
const sig = (z: number) => 1 / (1 + Math.exp(-z))
function network(x: number[], W1: number[][], W2: number[][], y: number[]) {
  const h1 = W1[0].map((_, j) => sig(x.reduce((s, xi, i) => s + xi * W1[i][j], 0)))
  const yhat = W2[0].map((_, k) => sig(h1.reduce((s, hj, j) => s + hj * W2[j][k], 0)))
  const loss = 0.5 * yhat.reduce((s, v, k) => s + (y[k] - v) ** 2, 0)
  const delta2 = yhat.map((v, k) => (v - y[k]) * v * (1 - v))
  return { h1, yhat, loss, delta2 }
}

describe('backpropagation widget', () => {
  it('steps forward, backward and the update by keyboard; loss and Θ₂ match the definition', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1280, height: 900 })
    await page.goto(url('#/embed/backprop-net'))
    const phase = page.getByRole('slider', { name: 'Phase' })
    await phase.waitFor()

    // Type a new weight and a new learning rate, as a learner would.
    await page.getByLabel('Θ1 row 1 column 1', { exact: true }).click()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('0.7')
    await page.keyboard.press('Enter')
    const lr = page.getByLabel('Learning rate γ')
    await lr.fill('0.5')

    await tabTo(page, '.bp-stepper__track')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    expect(await phase.getAttribute('aria-valuenow')).toBe('3')

    const [x] = await grid(page, 'x')
    const W1 = await grid(page, 'Θ1')
    const W2 = await grid(page, 'Θ2')
    const [y] = await grid(page, 'y')
    const gamma = Number(await lr.inputValue())
    expect(W1[0][0]).toBe(0.7)
    expect(gamma).toBe(0.5)
    const net = network(x, W1, W2, y)
    expect(await quantity(page, 'loss')).toBeCloseTo(net.loss, 12)
    await screenshot(page, 'backprop-net-loss')

    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
    expect(await phase.getAttribute('aria-valuenow')).toBe('8')
    const after = await grid(page, 'Θ2 after the step')
    after.forEach((row, j) =>
      row.forEach((v, k) =>
        expect(v, `Θ2[${j}][${k}]`).toBeCloseTo(W2[j][k] - gamma * net.h1[j] * net.delta2[k], 12),
      ),
    )
    await screenshot(page, 'backprop-net-update')

    await page.keyboard.press('End')
    expect(await phase.getAttribute('aria-valuenow')).toBe('9')
    expect(await quantity(page, 'loss-after')).toBeLessThan(await quantity(page, 'loss'))
    await page.keyboard.press('Home')
    expect(await phase.getAttribute('aria-valuenow')).toBe('1')
    expect(problems).toEqual([])
    await context.close()
  })
})
