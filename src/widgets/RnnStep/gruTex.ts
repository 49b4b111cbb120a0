/** The GRU step written out with live numbers, stage by stage (pure strings, unit-tested). */
import {
  blocks,
  fac,
  gate,
  num,
  plain,
  plainList,
  row,
  unitLines,
  type Line,
  type Section,
} from './gatedTex.ts'
import type { GruModel } from './gruModel.ts'
import { gruWords } from './words.ts'

const sub = (j: number) => j + 1
const parts = (p: GruModel['inputPart']) =>
  (['r', 'z', 'n'] as const).map((name) => ({ name, values: p[name] }))

/** r or z: σ of the two parts' sum, then the engine's values. */
function sigmoidLine(name: 'r' | 'z', pre: readonly number[], values: readonly number[]): Line {
  const sum = String.raw`\mathbf{a}^x_${name} + \mathbf{a}^h_${name}`
  const read = pre.map((a, j) => `σ(${plain(a)}) = ${plain(values[j])}`).join(', ')
  return {
    tex: String.raw`${gate(name)} = \sigma(${sum}) = \sigma${row(pre)} = ${row(values)}`,
    label: `${name}: ${read}`,
  }
}

/** The four stages: the two parts, gates r and z, candidate n, new state h_t. */
export function gruSections(m: GruModel): Section[] {
  const { r, z, n } = m.gates
  const words = gruWords(m)
  const ax = blocks(parts(m.inputPart), 'a^x')
  const ah = blocks(parts(m.hiddenPart), 'a^h')
  return [
    {
      id: 'a',
      title: 'Two parts: from x and from h',
      lines: [
        {
          tex: String.raw`\mathbf{a}^x = \mathbf{x}_t W_x + \mathbf{b} = ${ax.tex}`,
          label: ax.label,
        },
        { tex: String.raw`\mathbf{a}^h = \mathbf{h}_{t-1} W_h = ${ah.tex}`, label: ah.label },
      ],
      notes: [
        'W’s first H rows are Wₕ (PyTorch’s W_hhᵀ), its last D rows Wₓ (W_ihᵀ); columns in PyTorch’s order r, z, n. b is PyTorch’s b_ih; b_hh is 0 here.',
        'The parts stay apart because the reset gate multiplies only the h part of n.',
      ],
    },
    {
      id: 'gates',
      title: 'Gates r and z',
      lines: [sigmoidLine('r', m.preR, r), sigmoidLine('z', m.preZ, z)],
      notes: [words[0], words[1]],
    },
    {
      id: 'n',
      title: 'Candidate n: r resets the h part',
      lines: [
        {
          tex: String.raw`${gate('n')} = \tanh(\mathbf{a}^x_n + ${gate('r')} \odot \mathbf{a}^h_n)`,
        },
        {
          tex: unitLines(m.H, (j) => [
            `n_${sub(j)}`,
            String.raw`\tanh(${num(m.inputPart.n[j])} + ${fac(r[j])} \cdot ${fac(m.hiddenPart.n[j])})`,
            String.raw`\tanh(${num(m.inputPart.n[j])} + ${fac(m.resetHidden[j])})`,
            String.raw`\tanh(${num(m.preN[j])})`,
            num(n[j]),
          ]),
          label: `n = ${plainList(n)}`,
        },
      ],
      notes: [
        'As in PyTorch, r multiplies h·Wₕₙ after the product. Cho et al. and decks 001 and 003 put it before, W(r ⊙ h), which gives other numbers.',
        words[2],
      ],
    },
    {
      id: 'h',
      title: 'New state: between old and candidate',
      lines: [
        {
          tex: String.raw`\mathbf{h}_t = (1 - ${gate('z')}) \odot ${gate('n')} + ${gate('z')} \odot \mathbf{h}_{t-1}`,
        },
        {
          tex: unitLines(m.H, (j) => [
            `h_{t,${sub(j)}}`,
            String.raw`${fac(m.oneMinusZ[j])} \cdot ${fac(n[j])} + ${fac(z[j])} \cdot ${fac(m.hPrev[j])}`,
            `${fac(m.taken[j])} + ${fac(m.kept[j])}`,
            num(m.h[j]),
          ]),
          label: `h_t = ${plainList(m.h)}`,
        },
      ],
      notes: [
        'z weighs the old state, as in PyTorch and decks 001 and 003; some texts swap z and 1 − z, so there z weighs the candidate.',
        words[1],
      ],
    },
  ]
}
