import { describe, expect, it } from 'vitest'
import { stepModel } from '../../../src/widgets/RnnStep/model.ts'
import { pipeline } from '../../../src/widgets/RnnStep/pipeline.ts'
import { DECK_STEP } from '../../../src/widgets/RnnStep/presets.ts'
import {
  productTex,
  splitTex,
  texFactor,
  texNumber,
  texRow,
  workingTex,
} from '../../../src/widgets/RnnStep/tex.ts'

describe('texNumber', () => {
  it('writes a plain minus, and powers of ten for tiny values', () => {
    expect(texNumber(-1.5)).toBe('-1.5')
    expect(texNumber(0.25)).toBe('0.25')
    expect(texNumber(1 / 3)).toBe('0.3333')
    expect(texNumber(-4.5e-5)).toBe(String.raw`-4.5 \times 10^{-5}`)
  })

  it('puts negative factors in parentheses', () => {
    expect(texFactor(-2)).toBe('(-2)')
    expect(texFactor(2)).toBe('2')
  })

  it('separates h from x with a bar', () => {
    expect(texRow([0, 1, 1, 0], 2)).toContain(
      String.raw`0 & 1 \end{matrix}\;\middle|\;\begin{matrix} 1 & 0`,
    )
    expect(texRow([1, 2])).toBe(String.raw`\begin{pmatrix} 1 & 2 \end{pmatrix}`)
  })
})

describe('the working', () => {
  const m = stepModel(DECK_STEP)
  const c = [...DECK_STEP.h, ...DECK_STEP.x]

  it('writes each output as the sum of its products with the live numbers', () => {
    const j = 1
    const factors = c.map((ci, i) => `${texFactor(ci)} \\cdot ${texFactor(DECK_STEP.W[i][j])}`)
    const terms = c.map((ci, i) => texFactor(ci * DECK_STEP.W[i][j]))
    const sum = c.reduce((s, ci, i) => s + ci * DECK_STEP.W[i][j], 0)
    expect(productTex(m, j)).toBe(
      `z_{2} = ${factors.join(' + ')} = ${terms.join(' + ')} = ${texNumber(sum)}`,
    )
  })

  it('has the concatenation, one line per output, the pre-activation and h_t', () => {
    const lines = workingTex(m, DECK_STEP.b)
    expect(lines).toHaveLength(2 + DECK_STEP.b.length + 1)
    expect(lines.at(-1)).toContain(texNumber(Math.tanh(1 * -1 + 0)))
    expect(splitTex(m, DECK_STEP.h, DECK_STEP.x)).toHaveLength(3)
  })
})

describe('pipeline', () => {
  it('lays out [h, x], z, a and h_t left to right without overlap', () => {
    const p = pipeline(stepModel(DECK_STEP))
    expect(p.cells.map((c) => c.group)).toEqual([
      ...Array(4).fill('[h, x]'),
      ...Array(2).fill('z'),
      ...Array(2).fill('a'),
      ...Array(2).fill('h'),
    ])
    for (let i = 1; i < p.cells.length; i++) {
      expect(p.cells[i].x).toBeGreaterThanOrEqual(p.cells[i - 1].x + p.cellWidth)
    }
    expect(p.arrows.map((a) => a.label)).toEqual(['·W', '+ b', 'tanh'])
    expect(p.cells.at(-1)!.x + p.cellWidth).toBeLessThanOrEqual(p.width)
  })
})
