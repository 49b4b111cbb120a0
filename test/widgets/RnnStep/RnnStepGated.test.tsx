import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { formatNumber } from '../../../src/lesson/format.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { EXAMPLE_GRU, EXAMPLE_LSTM } from '../../../src/widgets/RnnStep/gatedPresets.ts'
import type { StepInputs } from '../../../src/widgets/RnnStep/presets.ts'
import { findWidget } from '../../../src/widgets/registry.ts'

const definition = findWidget('rnn-step')!
const sigmoid = (v: number) => 1 / (1 + Math.exp(-v))

// One LSTM and one GRU step by their definitions (plain loops; W's columns i, f, g, o / r, z, n).
function column(s: StepInputs, rows: number[], k: number) {
  return rows.reduce((acc, v, r) => acc + v * s.W[r][k], 0)
}
function lstmByHand(s: StepInputs) {
  const H = s.h.length
  const rows = [...s.h, ...s.x]
  const a = (block: number, j: number) => column(s, rows, block * H + j) + s.b[block * H + j]
  return s.c!.map((cj, j) => {
    const c = sigmoid(a(1, j)) * cj + sigmoid(a(0, j)) * Math.tanh(a(2, j))
    return { c, h: sigmoid(a(3, j)) * Math.tanh(c) }
  })
}
function gruByHand(s: StepInputs) {
  const H = s.h.length
  const xRows = [...s.h.map(() => 0), ...s.x]
  const hRows = [...s.h, ...s.x.map(() => 0)]
  const part = (block: number, j: number) => ({
    x: column(s, xRows, block * H + j) + s.b[block * H + j],
    h: column(s, hRows, block * H + j),
  })
  return s.h.map((hj, j) => {
    const [r, z] = [0, 1].map((k) => sigmoid(part(k, j).x + part(k, j).h))
    const n = Math.tanh(part(2, j).x + r * part(2, j).h)
    return (1 - z) * n + z * hj
  })
}

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  await screen.findByRole('radiogroup', { name: 'Cell' }, { timeout: 15_000 })
  return view
}

// The read-only result grid's cells carry the value (6 digits) in their accessible names.
const shown = (label: string) =>
  within(screen.getByRole('grid', { name: label }))
    .getAllByRole('gridcell')
    .map((cell) => cell.getAttribute('title'))

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

// Each test types into several cells and re-typesets the working: more than the default 5 s on a busy
// 2-core machine.
describe('RnnStep, gated cells', { timeout: 20_000 }, () => {
  it('switches from the tanh step to an LSTM, and c_t follows an edit of c_{t-1}', async () => {
    await setup()
    await userEvent.click(screen.getByRole('radio', { name: 'LSTM' }))
    const cPrev = await screen.findByLabelText('c t-1 row 1 column 2')
    const expected = lstmByHand(EXAMPLE_LSTM)
    shown('c t').forEach((v, j) => expect(Number(v)).toBeCloseTo(expected[j].c, 12))
    shown('h t').forEach((v, j) => expect(Number(v)).toBeCloseTo(expected[j].h, 12))

    await userEvent.clear(cPrev)
    await userEvent.type(cPrev, '2.5{Enter}')
    const edited = lstmByHand({ ...EXAMPLE_LSTM, c: [0.5, 2.5] })
    const after = shown('c t')
    expect(Number(after[0])).toBeCloseTo(expected[0].c, 12)
    expect(Number(after[1])).toBeCloseTo(edited[1].c, 12)
    expect(Number(after[1])).not.toBeCloseTo(expected[1].c, 3)
  })

  it('refuses a typo in c_{t-1} in place and keeps the step', async () => {
    await setup({ cell: 'lstm' })
    const before = shown('c t')
    const cPrev = screen.getByLabelText('c t-1 row 1 column 1')
    await userEvent.clear(cPrev)
    await userEvent.type(cPrev, 'oops')
    fireEvent.blur(cPrev)
    expect(screen.getByRole('alert')).toHaveTextContent('"oops" is not a number')
    expect(shown('c t')).toEqual(before)
  })

  it('GRU: h_t follows an edit of h_{t-1}, and the stages step with Next and Back', async () => {
    await setup({ cell: 'gru' })
    shown('h t').forEach((v, j) => expect(Number(v)).toBeCloseTo(gruByHand(EXAMPLE_GRU)[j], 12))
    const h = screen.getByLabelText('h t-1 row 1 column 1')
    await userEvent.clear(h)
    await userEvent.type(h, '-0.8{Enter}')
    const edited = gruByHand({ ...EXAMPLE_GRU, h: [-0.8, 1] })
    shown('h t').forEach((v, j) => expect(Number(v)).toBeCloseTo(edited[j], 12))

    expect(screen.getByRole('heading', { name: /^1\. Two parts/ })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: /Next/ }))
    await userEvent.click(screen.getByRole('button', { name: /Next/ }))
    expect(screen.getByRole('heading', { name: /^3\. Candidate n/ })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: /^1\./ })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: /Back/ }))
    expect(screen.getByRole('heading', { name: /^2\. Gates r and z/ })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('radio', { name: 'all stages' }))
    expect(screen.getAllByRole('heading', { name: /^\d\. / })).toHaveLength(4)
  })

  it('LSTM gates stage: a plain-words line per gate with the engine’s percentages', async () => {
    await setup({ cell: 'lstm' })
    await userEvent.click(screen.getByRole('radio', { name: /^stage 2/ }))
    const s = EXAMPLE_LSTM
    // Column 3 of W feeds a_f of unit 1 (blocks i, f, g, o of H = 2 columns each).
    const f1 = sigmoid(column(s, [...s.h, ...s.x], 2) + s.b[2])
    const line = screen.getByText(/of the old memory/, { selector: 'p' })
    expect(line).toHaveTextContent(`f keeps ${Math.round(f1 * 100)}% of the old memory in unit 1`)
  })

  it('draws random LSTM numbers of the chosen sizes', async () => {
    await setup({ cell: 'lstm', preset: 'random', hidden: 3, inputs: 1, seed: 4 })
    // W is (H + D) x 4H = 4 x 12; c_{t-1} has 3 entries.
    expect(screen.getByLabelText('W row 4 column 12')).toBeInTheDocument()
    expect(screen.getByLabelText('c t-1 row 1 column 3')).toBeInTheDocument()
    expect(shown('h t')).toHaveLength(3)
    expect(formatNumber(Number(shown('h t')[0]))).not.toBe('NaN')
  })
})
