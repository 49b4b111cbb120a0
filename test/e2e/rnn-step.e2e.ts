/**
 * The worked-step calculator's LSTM and GRU modes in real Chromium, keyboard only: after an edit,
 * each shown gate is σ of the shown pre-activation, and the new state equals the engine's composed
 * cells (lstmCell, gruCell) run in Node, a different route from the fused op the widget reads.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gruCell, lstmCell, tensor, type Tensor } from '../../src/engine/index.ts'
import { formatNumber } from '../../src/lesson/format.ts'
import { EXAMPLE_GRU, EXAMPLE_LSTM } from '../../src/widgets/RnnStep/gatedPresets.ts'
import type { StepInputs } from '../../src/widgets/RnnStep/presets.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v))
const unminus = (t: string) => Number(t.trim().replace(/\u2212/g, '-'))

// PyTorch's layout by hand: W's h rows transposed are W_hh, its x rows transposed W_ih.
function weights(s: StepInputs) {
  const H = s.h.length
  const cols = s.W[0].length
  const transposed = (rows: number[][]) =>
    tensor(Array.from({ length: cols }, (_, k) => rows.map((r) => r[k])))
  return {
    weightIh: transposed(s.W.slice(H)),
    weightHh: transposed(s.W.slice(0, H)),
    biasIh: tensor(s.b),
    biasHh: null,
  }
}

async function typeInto(page: Page, label: string, text: string) {
  const cell = page.getByLabel(label, { exact: true })
  await cell.waitFor()
  await cell.focus()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
}

/** The pairs (pre-activation, gate) a gate line reads out: "f: σ(2.5) = 0.924, σ(−2) = 0.119". */
async function gateReading(page: Page, name: string): Promise<[number, number][]> {
  const label = await page
    .getByRole('math', { name: new RegExp(`^${name}: `) })
    .getAttribute('aria-label')
  return [...label!.matchAll(/σ\(([^)]+)\) = ([^,]+)/g)].map((m) => [unminus(m[1]), unminus(m[2])])
}

/** A result grid's full-precision values (each cell's title). */
const state = (page: Page, label: string) =>
  page
    .getByRole('grid', { name: label, exact: true })
    .locator('[data-cell]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('title'))))

const near = (actual: number[], expected: Tensor) =>
  actual.forEach((v, j) => expect(v).toBeCloseTo(expected.data[j], 12))

describe('rnn-step, gated cells', () => {
  it('LSTM on a phone: edits by keyboard, gates are σ of the shown a, c_t and h_t are the engine’s', async () => {
    const { page, problems, url, context } = await open(browser, { width: 390, height: 844 })
    await page.goto(url('#/embed/rnn-step?cell=lstm'))
    await typeInto(page, 'c t-1 row 1 column 2', '2')
    await typeInto(page, 'W row 3 column 3', '-0.5')
    const W = EXAMPLE_LSTM.W.map((r) => [...r])
    W[2][2] = -0.5
    const s = { ...EXAMPLE_LSTM, W, c: [0.5, 2] }
    const step = lstmCell(tensor([s.x]), { h: tensor([s.h]), c: tensor([s.c]) }, weights(s))

    // Stage 2 (the gates) by arrow key from stage 1's radio button.
    await page.getByRole('radio', { name: /^stage 1/ }).focus()
    await page.keyboard.press('ArrowRight')
    for (const name of ['i', 'f', 'o'] as const) {
      const reading = await gateReading(page, name)
      reading.forEach(([a, gate], j) => {
        expect(Math.abs(sigmoid(a) - gate), `${name}${j + 1}`).toBeLessThan(2e-3)
        expect(formatNumber(gate, 3)).toBe(formatNumber(step[name].data[j], 3))
        expect(formatNumber(a, 3)).toBe(formatNumber(step.preact[name]!.data[j], 3))
      })
    }
    near(await state(page, 'c t'), step.c)
    near(await state(page, 'h t'), step.h)
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0)
    await screenshot(page, 'rnn-step-lstm-phone')
    expect(problems).toEqual([])
    await context.close()
  })

  it('GRU: an edit of h_{t-1} reaches r, z and h_t as in the engine, stages walked with Next', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1280, height: 800 })
    await page.goto(url('#/embed/rnn-step?cell=gru'))
    await typeInto(page, 'h t-1 row 1 column 1', '-0.7')
    const s = { ...EXAMPLE_GRU, h: [-0.7, 1] }
    const step = gruCell(tensor([s.x]), tensor([s.h]), weights(s))

    await page.getByRole('button', { name: /Next/ }).focus()
    await page.keyboard.press('Enter')
    for (const name of ['r', 'z'] as const) {
      const reading = await gateReading(page, name)
      reading.forEach(([a, gate], j) => {
        expect(Math.abs(sigmoid(a) - gate), `${name}${j + 1}`).toBeLessThan(2e-3)
        expect(formatNumber(gate, 3)).toBe(formatNumber(step[name].data[j], 3))
      })
    }
    near(await state(page, 'h t'), step.h)
    await screenshot(page, 'rnn-step-gru-gates')
    expect(problems).toEqual([])
    await context.close()
  })
})
