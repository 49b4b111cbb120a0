/**
 * The BPTT viewer in real Chromium, keyboard only: the gradient norms and the h_0 gradient it
 * shows equal what this test computes from the definition (a plain-loop forward pass, the output
 * gradient W_hyᵀ(p - y) by hand, and central differences for h_0).
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatNumber } from '../../src/lesson/format.ts'
import { bpttSetup, type BpttConfig } from '../../src/widgets/BpttViewer/model.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

type M = number[][]
const rowsOf = (t: { data: Float64Array; shape: readonly number[] }): M =>
  Array.from({ length: t.shape[0] }, (_, i) =>
    Array.from(t.data.slice(i * t.shape[1], (i + 1) * t.shape[1])),
  )
const mv = (m: M, v: number[]) => m.map((row) => row.reduce((s, w, j) => s + w * v[j], 0))

const config: BpttConfig = { steps: 5, hidden: 3, seed: 1, k: 5, lossAt: 'every' }

function plain() {
  const s = bpttSetup(config)
  const [Wih, Whh, Why] = [s.weightIh, s.weightHh, s.weightHy].map(rowsOf)
  const forward = (h0: number[]) => {
    const hs = [h0]
    for (const x of s.xs) hs.push(mv(Wih, x).map((v, i) => Math.tanh(v + mv(Whh, hs.at(-1)!)[i])))
    return hs
  }
  const probs = (h: number[]) => {
    const y = mv(Why, h)
    const z = y.reduce((a, v) => a + Math.exp(v), 0)
    return y.map((v) => Math.exp(v) / z)
  }
  const loss = (h0: number[]) => {
    const hs = forward(h0)
    return s.targets.reduce((a, c, t) => a - Math.log(probs(hs[t + 1])[c]), 0)
  }
  return { s, Why, forward, probs, loss, h0: Array.from(s.h0.data) }
}

describe('BPTT viewer', () => {
  it('steps the gradient back with the keyboard and matches the definition', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1280, height: 900 })
    await page.goto(url('#/embed/bptt-viewer'))
    const slider = page.getByRole('slider', { name: 'Backward step' })
    await slider.waitFor()
    const p = plain()
    // At h_T only the last loss has arrived: dL/dh_T = W_hyᵀ (p_T - y_T).
    const hs = p.forward(p.h0)
    const err = p.probs(hs[5]).map((v, k) => v - (k === p.s.targets[4] ? 1 : 0))
    const dhT = p.Why[0].map((_, j) => p.Why.reduce((a, row, k) => a + row[j] * err[k], 0))
    expect(await page.getByTestId('dh-norm-5').textContent()).toBe(
      formatNumber(Math.hypot(...dhT), 3),
    )

    await slider.focus()
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => slider.inputValue()).toBe('2')
    await page.keyboard.press('End')
    await page.getByTestId('autograd-check').waitFor()
    const fd = p.h0.map((_, j) => {
      const up = [...p.h0]
      const down = [...p.h0]
      up[j] += 1e-6
      down[j] -= 1e-6
      return (p.loss(up) - p.loss(down)) / 2e-6
    })
    expect(await page.getByTestId('h0-grad').textContent()).toBe(
      `(${fd.map((v) => formatNumber(v, 3)).join(', ')})`,
    )
    await screenshot(page, 'bptt-viewer-keyboard')
    expect(problems).toEqual([])
    await context.close()
  })

  it('fits a phone: the graph scrolls in its own box', async () => {
    const { page, problems, url, context } = await open(browser, { width: 390, height: 844 })
    await page.goto(url('#/embed/bptt-viewer?steps=8&k=3&lossAt=last'))
    await page.getByRole('slider', { name: 'Backward step' }).waitFor()
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0)
    await screenshot(page, 'bptt-viewer-phone')
    expect(problems).toEqual([])
    await context.close()
  })
})
