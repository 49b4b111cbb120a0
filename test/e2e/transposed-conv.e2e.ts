/**
 * The transposed-convolution stepper in real Chromium, keyboard only: each stamp shown is the input
 * value read from the page times the kernel read from the page, and the output equals the engine's
 * conv_transpose2d computed in Node, also after a value is typed into the input.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { convTranspose2d, tensor } from '../../src/engine/index.ts'
import { stampNumbers } from '../../src/widgets/TransposedConvStepper/presets.ts'
import { launch, open, screenshot } from './helpers/session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const layer = { size: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 }
const start = { ...layer, input: 'random' as const, preset: 'random' as const, seed: 5 }

/** The engine's output in Node for the layer's numbers, with input cells overwritten. */
function engine(edits: [number, number, number][] = []): number[][] {
  const { input, kernel } = stampNumbers(start)
  for (const [r, c, v] of edits) input[r][c] = v
  const out = convTranspose2d(tensor([[input]]), tensor([[kernel]]), null, layer)
  const n = out.shape[2]
  return Array.from({ length: n }, (_, r) => Array.from(out.data.subarray(r * n, r * n + n)))
}

/** Full-precision values of a read-only grid (cells carry them in their title), row by row. */
async function readGrid(page: Page, name: string): Promise<number[][]> {
  return page.getByRole('grid', { name }).evaluate((grid) => {
    const rows: number[][] = []
    for (const cell of grid.querySelectorAll<HTMLElement>('[data-cell]')) {
      const [r, c] = cell.dataset.cell!.split('-').map(Number)
      ;(rows[r] ??= [])[c] = Number(cell.title)
    }
    return rows
  })
}

/** The values typed in an editable grid, as the page shows them. */
async function readFields(page: Page, name: string): Promise<number[][]> {
  return page.getByRole('grid', { name }).evaluate((grid) => {
    const rows: number[][] = []
    for (const cell of grid.querySelectorAll<HTMLInputElement>('input[data-cell]')) {
      const [r, c] = cell.dataset.cell!.split('-').map(Number)
      ;(rows[r] ??= [])[c] = Number(cell.value.replace('−', '-'))
    }
    return rows
  })
}

async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

describe('transposed-convolution stepper', () => {
  it('stamps input × kernel at every step, and its output equals the engine in Node', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1100, height: 900 })
    const query = Object.entries(start)
      .map(([k, v]) => `${k}=${v}`)
      .join('&')
    await page.goto(url(`#/embed/transposed-conv?${query}`))
    await page.getByRole('grid', { name: 'Canvas' }).waitFor()
    const input = await readFields(page, 'Input')
    const kernel = await readFields(page, 'Kernel')
    await tabTo(page, '.stamp-canvas')
    // A loop over the numbers on the page: each input cell adds x * kernel at (i*S - P, j*S - P).
    const n = engine().length
    const loop = Array.from({ length: n }, () => Array<number>(n).fill(0))
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Home')
      for (let k = 0; k < i; k++) await page.keyboard.press('ArrowDown')
      for (let j = 0; j < 3; j++) {
        if (j > 0) await page.keyboard.press('ArrowRight')
        const x = input[i][j]
        expect(await readGrid(page, 'Stamp'), `stamp ${i},${j}`).toEqual(
          // + 0: a title shows -0 as 0
          kernel.map((row) => row.map((w) => x * w + 0)),
        )
        for (let u = 0; u < 3; u++)
          for (let v = 0; v < 3; v++) {
            const [r, c] = [i * 2 - 1 + u, j * 2 - 1 + v]
            if (r >= 0 && c >= 0 && r < n && c < n) loop[r][c] += x * kernel[u][v]
          }
      }
    }
    const shown = await readGrid(page, 'Output')
    expect(shown).toEqual(engine())
    shown.forEach((row, r) => row.forEach((v, c) => expect(v).toBeCloseTo(loop[r][c], 12)))
    await screenshot(page, 'transposed-conv-keyboard')
    expect(problems).toEqual([])
    await context.close()
  })

  it('recomputes the output when a value is typed into the input', async () => {
    const { page, problems, url, context } = await open(browser, { width: 1100, height: 900 })
    const query = Object.entries(start)
      .map(([k, v]) => `${k}=${v}`)
      .join('&')
    await page.goto(url(`#/embed/transposed-conv?${query}`))
    await page.getByRole('grid', { name: 'Canvas' }).waitFor()
    await tabTo(page, 'input[aria-label="Input row 2 column 2"]')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('3')
    await page.keyboard.press('Enter')
    await expect.poll(() => readGrid(page, 'Output')).toEqual(engine([[1, 1, 3]]))
    expect(problems).toEqual([])
    await context.close()
  })
})
