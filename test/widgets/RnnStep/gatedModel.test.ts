import { describe, expect, it } from 'vitest'
import { tensor } from '../../../src/engine/index.ts'
import { traceGRU } from '../../../src/trace/gruSteps.ts'
import { traceLSTM } from '../../../src/trace/lstmSteps.ts'
import {
  EXAMPLE_GRU,
  EXAMPLE_LSTM,
  randomGated,
} from '../../../src/widgets/RnnStep/gatedPresets.ts'
import { gruModel } from '../../../src/widgets/RnnStep/gruModel.ts'
import { lstmModel } from '../../../src/widgets/RnnStep/lstmModel.ts'
import type { StepInputs } from '../../../src/widgets/RnnStep/presets.ts'

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v))
const close = (actual: readonly number[], expected: readonly number[]) => {
  expect(actual).toHaveLength(expected.length)
  actual.forEach((v, k) => expect(v).toBeCloseTo(expected[k], 12))
}

// Column k of [h, x]·W + b, by a plain loop over the rows of W.
function affine(rows: readonly number[], W: number[][], b: number[], cols: number[]): number[] {
  return cols.map((k) => rows.reduce((s, v, r) => s + v * W[r][k], 0) + b[k])
}
const range = (from: number, n: number) => Array.from({ length: n }, (_, k) => from + k)

// PyTorch's layout built by hand: row k of W_ih is column k of W's x rows, and so on.
function pytorchWeights({ h, W, b }: StepInputs) {
  const H = h.length
  const cols = W[0].length
  const column = (rows: number[][], k: number) => rows.map((r) => r[k])
  return {
    weightIh: tensor(range(0, cols).map((k) => column(W.slice(H), k))),
    weightHh: tensor(range(0, cols).map((k) => column(W.slice(0, H), k))),
    biasIh: tensor(b),
  }
}

function lstmByHand(s: StepInputs) {
  const H = s.h.length
  const rows = [...s.h, ...s.x]
  const block = (k: number) => affine(rows, s.W, s.b, range(k * H, H))
  const [ai, af, ag, ao] = [0, 1, 2, 3].map(block)
  const i = ai.map(sigmoid)
  const f = af.map(sigmoid)
  const g = ag.map(Math.tanh)
  const o = ao.map(sigmoid)
  const c = s.c!.map((cj, j) => f[j] * cj + i[j] * g[j])
  return {
    preact: { i: ai, f: af, g: ag, o: ao },
    gates: { i, f, g, o },
    c,
    h: c.map((cj, j) => o[j] * Math.tanh(cj)),
  }
}

function gruByHand(s: StepInputs) {
  const H = s.h.length
  const zeros = s.b.map(() => 0)
  // The x part carries b; the h part has no bias (b_hh = 0).
  const xPart = (k: number) => affine([...s.h.map(() => 0), ...s.x], s.W, s.b, range(k * H, H))
  const hPart = (k: number) => affine([...s.h, ...s.x.map(() => 0)], s.W, zeros, range(k * H, H))
  const r = xPart(0).map((v, j) => sigmoid(v + hPart(0)[j]))
  const z = xPart(1).map((v, j) => sigmoid(v + hPart(1)[j]))
  const n = xPart(2).map((v, j) => Math.tanh(v + r[j] * hPart(2)[j]))
  return { r, z, n, h: n.map((nj, j) => (1 - z[j]) * nj + z[j] * s.h[j]) }
}

const lstmCases: [string, StepInputs][] = [
  ['the worked example', EXAMPLE_LSTM],
  ['random H 3, D 1', randomGated('lstm', 7, 3, 1)],
  ['random H 1, D 3', randomGated('lstm', 12, 1, 3)],
]
const gruCases: [string, StepInputs][] = [
  ['the worked example', EXAMPLE_GRU],
  ['random H 3, D 2', randomGated('gru', 5, 3, 2)],
  ['random H 1, D 1', randomGated('gru', 9, 1, 1)],
]

describe('lstmModel', () => {
  it.each(lstmCases)(
    '%s: every gate, c_t and h_t equal traceLSTM and the formula by hand',
    (_, s) => {
      const m = lstmModel(s)
      const [engine] = traceLSTM(
        tensor([[s.x]]),
        { h0: tensor([s.h]), c0: tensor([s.c!]) },
        pytorchWeights(s),
      )
      const hand = lstmByHand(s)
      for (const k of ['i', 'f', 'g', 'o'] as const) {
        close(m.preact[k], engine.preact[k])
        close(m.gates[k], engine.gates[k])
        close(m.preact[k], hand.preact[k])
        close(m.gates[k], hand.gates[k])
      }
      close(m.c, hand.c)
      close(m.h, hand.h)
      close(m.c, engine.c)
      close(m.h, engine.h)
      close(
        m.kept,
        s.c!.map((c, j) => hand.gates.f[j] * c),
      )
      close(
        m.written,
        hand.gates.i.map((i, j) => i * hand.gates.g[j]),
      )
      close(m.tanhC, hand.c.map(Math.tanh))
    },
  )

  it('the example’s two units differ: unit 1 keeps its memory, unit 2 overwrites it', () => {
    const { f, i } = lstmModel(EXAMPLE_LSTM).gates
    expect(f[0]).toBeGreaterThan(0.9)
    expect(i[0]).toBeLessThan(0.2)
    expect(f[1]).toBeLessThan(0.2)
    expect(i[1]).toBeGreaterThan(0.8)
  })
})

describe('gruModel', () => {
  it.each(gruCases)('%s: r, z, n and h_t equal traceGRU and the formula by hand', (_, s) => {
    const m = gruModel(s)
    const [engine] = traceGRU(tensor([[s.x]]), tensor([s.h]), pytorchWeights(s))
    const hand = gruByHand(s)
    for (const k of ['r', 'z', 'n'] as const) {
      close(m.gates[k], engine.gates[k])
      close(m.gates[k], hand[k])
    }
    close(m.h, engine.h)
    close(m.h, hand.h)
    close(m.preR.map(sigmoid), hand.r)
    close(m.preZ.map(sigmoid), hand.z)
    close(m.preN.map(Math.tanh), hand.n)
    close(
      m.oneMinusZ,
      hand.z.map((z) => 1 - z),
    )
    close(
      m.taken,
      hand.n.map((n, j) => (1 - hand.z[j]) * n),
    )
    close(
      m.kept,
      hand.z.map((z, j) => z * s.h[j]),
    )
  })

  it('applies r after the product, not to h before it (PyTorch’s convention)', () => {
    const s = EXAMPLE_GRU
    const m = gruModel(s)
    const H = s.h.length
    const r = m.gates.r
    // Cho et al.: W_hn (r ⊙ h). With h = (0, 1) and r ≠ 1 the two conventions differ here.
    const before = range(2 * H, H).map(
      (k, j) => m.inputPart.n[j] + s.h.reduce((acc, hv, row) => acc + r[row] * hv * s.W[row][k], 0),
    )
    const after = m.inputPart.n.map((v, j) => v + r[j] * m.hiddenPart.n[j])
    close(m.preN, after)
    expect(Math.max(...before.map((v, j) => Math.abs(v - after[j])))).toBeGreaterThan(0.01)
  })
})
