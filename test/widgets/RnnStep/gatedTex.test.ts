import katex from 'katex'
import { describe, expect, it } from 'vitest'
import {
  EXAMPLE_GRU,
  EXAMPLE_LSTM,
  randomGated,
} from '../../../src/widgets/RnnStep/gatedPresets.ts'
import { blocks, gateLine, GATE_COLOR, num } from '../../../src/widgets/RnnStep/gatedTex.ts'
import { gruModel } from '../../../src/widgets/RnnStep/gruModel.ts'
import { gruSections } from '../../../src/widgets/RnnStep/gruTex.ts'
import { lstmModel } from '../../../src/widgets/RnnStep/lstmModel.ts'
import { lstmSections } from '../../../src/widgets/RnnStep/lstmTex.ts'
import { lstmWords, perUnit } from '../../../src/widgets/RnnStep/words.ts'

const typesets = (tex: string) => () => katex.renderToString(tex, { throwOnError: true })

describe('gated TeX pieces', () => {
  it('cuts a vector into coloured, named blocks', () => {
    const { tex, label } = blocks(
      [
        { name: 'i', values: [0.5, -1.25] },
        { name: 'f', values: [2] },
      ],
      'a',
    )
    expect(label).toBe('a_i = 0.5, −1.25; a_f = 2')
    expect(tex).toContain(GATE_COLOR.i)
    expect(tex).toContain(GATE_COLOR.f)
    expect(tex).toContain('_{a_i}')
    expect(tex).toContain('-1.25')
    expect(typesets(tex)).not.toThrow()
  })

  it('writes a gate as its function of each pre-activation, then the values', () => {
    const { tex, label } = gateLine('o', 'sigmoid', [-2, 0.5], [0.1, 0.6])
    expect(label).toBe('o: σ(−2) = 0.1, σ(0.5) = 0.6')
    expect(tex).toContain(String.raw`\sigma(-2) & \sigma(0.5)`)
    expect(tex).toContain(String.raw`\begin{pmatrix} 0.1 & 0.6 \end{pmatrix}`)
    expect(typesets(tex)).not.toThrow()
  })
})

describe('lstmSections', () => {
  it('has four stages whose lines typeset, with the engine’s numbers substituted per unit', () => {
    const m = lstmModel(EXAMPLE_LSTM)
    const sections = lstmSections(m, EXAMPLE_LSTM.x)
    expect(sections.map((s) => s.id)).toEqual(['a', 'gates', 'c', 'h'])
    for (const tex of sections.flatMap((s) => s.lines.map((l) => l.tex)))
      expect(typesets(tex)).not.toThrow()
    const memory = sections[2].lines.map((l) => l.tex).join(' ')
    for (let j = 0; j < m.H; j++) {
      expect(memory).toContain(`${num(m.kept[j]).replace(/^-.*/, (t) => `(${t})`)} + `)
      expect(memory).toContain(`= ${num(m.c[j])}`)
    }
    const gates = sections[1].lines.map((l) => l.tex).join(' ')
    for (const v of [...m.gates.i, ...m.gates.f, ...m.gates.g, ...m.gates.o])
      expect(gates).toContain(num(v))
  })

  it('typesets for every size from 1 to 3', () => {
    for (const H of [1, 2, 3])
      for (const D of [1, 3]) {
        const s = randomGated('lstm', H * 10 + D, H, D)
        for (const tex of lstmSections(lstmModel(s), s.x).flatMap((x) => x.lines.map((l) => l.tex)))
          expect(typesets(tex)).not.toThrow()
      }
  })
})

describe('gruSections', () => {
  it('has four stages whose lines typeset, and states where r and z sit', () => {
    const sections = gruSections(gruModel(EXAMPLE_GRU))
    expect(sections.map((s) => s.id)).toEqual(['a', 'gates', 'n', 'h'])
    for (const tex of sections.flatMap((s) => s.lines.map((l) => l.tex)))
      expect(typesets(tex)).not.toThrow()
    expect(sections[2].notes.join(' ')).toMatch(/r multiplies h·Wₕₙ after the product/)
    expect(sections[3].notes.join(' ')).toMatch(/swap z and 1 − z/)
  })
})

describe('plain words', () => {
  it('names every unit, or none when there is one', () => {
    expect(perUnit([0.25], String, 'of it')).toBe('0.25 of it')
    expect(perUnit([1, 2, 3], String, 'of it')).toBe(
      '1 of it in unit 1, 2 in unit 2 and 3 in unit 3',
    )
  })

  it('gives one line per LSTM gate with the engine’s percentages', () => {
    const m = lstmModel(EXAMPLE_LSTM)
    const words = lstmWords(m)
    expect(words).toHaveLength(4)
    expect(words[1]).toBe(
      `f keeps ${Math.round(m.gates.f[0] * 100)}% of the old memory in unit 1 and ${Math.round(m.gates.f[1] * 100)}% in unit 2.`,
    )
  })
})
