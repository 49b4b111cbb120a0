/**
 * The gate heatmaps in real Chromium, keyboard only: a typed sequence, a cell reached with Tab and
 * the arrow keys, and its value checked twice: against σ of the pre-activation the page shows, and
 * against the engine's run of the same sequence in Node.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseSequence, runGates, type Sequence } from '../../src/widgets/GateHeatmaps/model.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const sigmoid = (a: number) => 1 / (1 + Math.exp(-a))

function sequence(text: string): Sequence {
  const p = parseSequence(text)
  if (!p.ok) throw new Error(p.message)
  return p.sequence
}

/** Replaces the sequence by typing; with `maps`, waits until that many maps show every character. */
async function typeSequence(page: Page, text: string, maps?: number) {
  const field = page.getByRole('textbox', { name: /Sequence/ })
  await field.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(text)
  if (maps === undefined) return
  await expect.poll(() => page.locator('.gates-grid__char').count()).toBe(text.length * maps)
}

/** Tabs until the focused element is a cell of the grid named `map`. */
async function tabInto(page: Page, map: RegExp) {
  for (let k = 0; k < 40; k++) {
    await page.keyboard.press('Tab')
    const label = await page.evaluate(
      () => document.activeElement?.closest('[role="grid"]')?.getAttribute('aria-label') ?? '',
    )
    if (map.test(label)) return
  }
  throw new Error(`Tab never reached ${map}`)
}

const detail = (page: Page, name: string) =>
  page.getByTestId('gates-detail').getAttribute(`data-${name}`)

describe('gate heatmaps', () => {
  it('a cell reached by keyboard shows σ of its shown pre-activation, equal to the engine in Node', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1280, height: 800 })
    await page.goto(url('#/embed/gate-heatmaps?hidden=3&seed=7'))
    await typeSequence(page, 'tic tac toe', 6)
    await tabInto(page, /forget gate f/)
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown']) {
      await page.keyboard.press(key)
    }
    await expect.poll(() => detail(page, 'key')).toBe('f')
    const shown = Number(await detail(page, 'value'))
    const preact = Number(await detail(page, 'preact'))
    expect(await detail(page, 'squash')).toBe('sigmoid')
    expect(shown).toBeCloseTo(sigmoid(preact), 14)
    const run = runGates(sequence('tic tac toe'), {
      cell: 'lstm',
      variant: 'standard',
      hidden: 3,
      seed: 7,
      weights: 'seeded',
      target: 't',
    })
    const engine = run.maps.find((m) => m.key === 'f')!.values[3][1]
    expect(shown).toBe(engine)
    expect(await page.getByTestId('gates-detail').textContent()).toContain('Step 4 reads “ ”')
    await screenshot(page, 'gate-heatmaps-keyboard')
    expect(problems).toEqual([])
    await context.close()
  })

  it('the hand-set counter: the last cell state of unit 1 is the number of watched characters', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1280, height: 800 })
    await page.goto(url('#/embed/gate-heatmaps?weights=hand-set'))
    await typeSequence(page, 'abracadabra', 6)
    await page.getByRole('combobox', { name: 'Watched character' }).selectOption('a')
    await tabInto(page, /cell state c/)
    await page.keyboard.press('Home')
    await page.keyboard.press('End')
    await expect.poll(() => detail(page, 'key')).toBe('c')
    const count = [...'abracadabra'].filter((c) => c === 'a').length
    expect(Math.abs(Number(await detail(page, 'value')) - count)).toBeLessThan(0.01)
    expect(problems).toEqual([])
    await context.close()
  })

  it('a GRU candidate is tanh of its shown pre-activation; no page overflow on a phone', async () => {
    const { page, problems, url, context } = await open(browser, { width: 390, height: 844 })
    await page.goto(url('#/embed/gate-heatmaps?cell=gru&hidden=8'))
    await typeSequence(page, 'the quick brown fox jumps')
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('At most 24')
    await typeSequence(page, 'the quick brown fox', 4)
    await tabInto(page, /candidate n/)
    await page.keyboard.press('End')
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => detail(page, 'key')).toBe('n')
    const preact = Number(await detail(page, 'preact'))
    expect(Number(await detail(page, 'value'))).toBeCloseTo(Math.tanh(preact), 14)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(page, 'gate-heatmaps-phone')
    expect(problems).toEqual([])
    await context.close()
  })
})
