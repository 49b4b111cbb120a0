/** The LSTM step written out with live numbers, stage by stage (pure strings, unit-tested). */
import {
  blocks,
  fac,
  gate,
  gateLine,
  num,
  plainList,
  row,
  unitLines,
  type Section,
} from './gatedTex.ts'
import type { LstmModel } from './lstmModel.ts'
import { texRow } from './tex.ts'
import { lstmWords } from './words.ts'

const sub = (j: number) => j + 1

/** The four stages: pre-activation, gates, memory c_t, output h_t. */
export function lstmSections(m: LstmModel, x: readonly number[]): Section[] {
  const { i, f, g, o } = m.gates
  const a = m.preact
  const words = lstmWords(m)
  const split = blocks(
    (['i', 'f', 'g', 'o'] as const).map((name) => ({ name, values: a[name] })),
    'a',
  )
  return [
    {
      id: 'a',
      title: 'Pre-activation a, cut into four blocks',
      lines: [
        { tex: String.raw`[\mathbf{h}_{t-1}, \mathbf{x}_t] = ${texRow([...m.hPrev, ...x], m.H)}` },
        {
          tex: String.raw`\begin{aligned} \mathbf{a} &= [\mathbf{h}_{t-1}, \mathbf{x}_t]\, W + \mathbf{b} \\ &= ${split.tex} \end{aligned}`,
          label: split.label,
        },
      ],
      notes: [
        'W’s columns come in four blocks of H, in PyTorch’s order i, f, g, o (deck 002 lists them f, i, g, o: only the order of the columns differs).',
      ],
    },
    {
      id: 'gates',
      title: 'Gates: three sigmoids and a tanh',
      lines: [
        {
          tex: String.raw`${gate('i')} = \sigma(\mathbf{a}_i),\; ${gate('f')} = \sigma(\mathbf{a}_f),\; ${gate('g')} = \tanh(\mathbf{a}_g),\; ${gate('o')} = \sigma(\mathbf{a}_o)`,
        },
        gateLine('i', 'sigmoid', a.i, i),
        gateLine('f', 'sigmoid', a.f, f),
        gateLine('g', 'tanh', a.g, g),
        gateLine('o', 'sigmoid', a.o, o),
      ],
      notes: words,
    },
    {
      id: 'c',
      title: 'Memory: keep some, write some',
      lines: [
        {
          tex: String.raw`\mathbf{c}_t = ${gate('f')} \odot \mathbf{c}_{t-1} + ${gate('i')} \odot ${gate('g')}`,
        },
        {
          tex: unitLines(m.H, (j) => [
            `c_{t,${sub(j)}}`,
            String.raw`${fac(f[j])} \cdot ${fac(m.cPrev[j])} + ${fac(i[j])} \cdot ${fac(g[j])}`,
            `${fac(m.kept[j])} + ${fac(m.written[j])}`,
            num(m.c[j]),
          ]),
          label: `c_t = ${plainList(m.c)}`,
        },
      ],
      notes: [words[1], words[0]],
    },
    {
      id: 'h',
      title: 'Output: a gated view of the memory',
      lines: [
        { tex: String.raw`\mathbf{h}_t = ${gate('o')} \odot \tanh(\mathbf{c}_t)` },
        {
          tex: unitLines(m.H, (j) => [
            `h_{t,${sub(j)}}`,
            String.raw`${fac(o[j])} \cdot \tanh(${num(m.c[j])})`,
            String.raw`${fac(o[j])} \cdot ${fac(m.tanhC[j])}`,
            num(m.h[j]),
          ]),
          label: `h_t = ${plainList(m.h)}`,
        },
        { tex: String.raw`\mathbf{h}_t = ${row(m.h)}, \quad \mathbf{c}_t = ${row(m.c)}` },
      ],
      notes: [words[3]],
    },
  ]
}
