/**
 * The viewer's gradients against the definition: a plain-loop forward pass of the same seeded RNN
 * here, differentiated by central differences (full BPTT), or with the state the window starts
 * from frozen (truncated BPTT).
 */
import { describe, expect, it } from 'vitest'
import { graphLayout } from '../../../src/widgets/BpttViewer/layout.ts'
import {
  bpttRun,
  bpttSetup,
  focusStep,
  runningSum,
  type BpttConfig,
} from '../../../src/widgets/BpttViewer/model.ts'
import { backwardKey } from '../../../src/widgets/BpttViewer/Controls.tsx'

type M = number[][]
const mat = (t: { data: Float64Array; shape: readonly number[] }): M =>
  Array.from({ length: t.shape[0] }, (_, i) =>
    Array.from(t.data.slice(i * t.shape[1], (i + 1) * t.shape[1])),
  )
const mv = (m: M, v: number[]) => m.map((row) => row.reduce((s, w, j) => s + w * v[j], 0))

interface Plain {
  Wih: M
  Whh: M
  Why: M
  h0: number[]
  xs: number[][]
  targets: number[]
  lossSteps: number[]
}

function plain(config: BpttConfig): Plain {
  const s = bpttSetup(config)
  return {
    Wih: mat(s.weightIh),
    Whh: mat(s.weightHh),
    Why: mat(s.weightHy),
    h0: Array.from(s.h0.data),
    xs: s.xs,
    targets: s.targets,
    lossSteps: s.lossSteps,
  }
}

// h_1..h_T from `start` at time `from`, h_t = tanh(W_ih x_t + W_hh h_{t-1}).
function states(p: Plain, from: number, start: number[], to: number): number[][] {
  const hs = [start]
  for (let t = from; t < to; t++) {
    const a = mv(p.Wih, p.xs[t]).map((v, i) => v + mv(p.Whh, hs[hs.length - 1])[i])
    hs.push(a.map(Math.tanh))
  }
  return hs
}

function ce(p: Plain, h: number[], target: number): number {
  const y = mv(p.Why, h)
  return Math.log(y.reduce((s, v) => s + Math.exp(v), 0)) - y[target]
}

/** L = Σ_s CE at the loss steps, through the whole sequence. */
function fullLoss(p: Plain): number {
  const hs = states(p, 0, p.h0, p.xs.length)
  return p.lossSteps.reduce((s, t) => s + ce(p, hs[t], p.targets[t - 1]), 0)
}

/** Σ_s L_s with h_{s-k} frozen at its forward value: what truncated BPTT differentiates. */
function truncatedLoss(p: Plain, frozen: number[][], k: number): number {
  return p.lossSteps.reduce((sum, s) => {
    const from = Math.max(0, s - k)
    const hs = states(p, from, from === 0 ? p.h0 : frozen[from], s)
    return sum + ce(p, hs[hs.length - 1], p.targets[s - 1])
  }, 0)
}

function central(f: () => number, cell: { v: number[]; i: number }, h = 1e-6): number {
  const old = cell.v[cell.i]
  cell.v[cell.i] = old + h
  const up = f()
  cell.v[cell.i] = old - h
  const down = f()
  cell.v[cell.i] = old
  return (up - down) / (2 * h)
}

const configs: BpttConfig[] = [
  { steps: 5, hidden: 3, seed: 1, k: 2, lossAt: 'every' },
  { steps: 6, hidden: 4, seed: 7, k: 3, lossAt: 'last' },
  { steps: 3, hidden: 2, seed: 42, k: 1, lossAt: 'every' },
]

describe('bpttRun', () => {
  it('computes the loss of the definition', () => {
    for (const c of configs) expect(bpttRun(c).loss).toBeCloseTo(fullLoss(plain(c)), 12)
  })

  it('splits dL/dW_hh into per-step shares that add up to autograd’s gradient', () => {
    for (const c of configs) {
      const run = bpttRun(c)
      const sum = runningSum(run.contributions, 1)
      sum.flat().forEach((v, k) => expect(v).toBeCloseTo(run.autograd.flat()[k], 12))
      expect(run.total).toEqual(sum)
    }
  })

  it('matches central differences of the plain-loop loss for W_hh and h_0', () => {
    for (const c of configs) {
      const run = bpttRun(c)
      const p = plain(c)
      for (const [i, j] of [
        [0, 1],
        [1, 0],
      ]) {
        const numeric = central(() => fullLoss(p), { v: p.Whh[i], i: j })
        expect(run.autograd[i][j]).toBeCloseTo(numeric, 6)
      }
      const numeric = central(() => fullLoss(p), { v: p.h0, i: 1 })
      expect(run.h0Grad[1]).toBeCloseTo(numeric, 6)
    }
  })

  it('truncates to the gradient with the window’s starting state held fixed', () => {
    for (const c of configs) {
      const run = bpttRun(c)
      const p = plain(c)
      const frozen = states(p, 0, p.h0, c.steps)
      for (const [i, j] of [
        [0, 0],
        [1, 1],
      ]) {
        const numeric = central(() => truncatedLoss(p, frozen, c.k), { v: p.Whh[i], i: j })
        expect(run.truncated.total[i][j]).toBeCloseTo(numeric, 6)
      }
    }
  })

  it('equals full BPTT when the window covers the sequence', () => {
    for (const c of configs) {
      const run = bpttRun({ ...c, k: c.steps })
      run.truncated.total.flat().forEach((v, k) => expect(v).toBeCloseTo(run.total.flat()[k], 12))
      run.truncated.h0Grad.forEach((v, k) => expect(v).toBeCloseTo(run.h0Grad[k], 12))
    }
  })

  it('cuts every share older than k steps when only the last step has a loss', () => {
    const run = bpttRun({ steps: 6, hidden: 3, seed: 3, k: 2, lossAt: 'last' })
    run.truncated.contributions
      .slice(0, 4)
      .forEach((g) => expect(g.flat().every((v) => v === 0)).toBe(true))
    expect(run.truncated.contributions[5]).toEqual(run.contributions[5])
    expect(run.truncated.h0Grad.every((v) => v === 0)).toBe(true)
    const layout = graphLayout(run, 6)
    expect(layout.columns.map((col) => col.cut)).toEqual([true, true, true, true, false, false])
    expect(layout.cutX).not.toBeNull()
  })
})

describe('stepping', () => {
  it('maps backward steps to times and keys to steps', () => {
    expect(focusStep(1, 5)).toBe(5)
    expect(focusStep(5, 5)).toBe(1)
    expect(focusStep(9, 5)).toBe(1)
    expect(backwardKey('ArrowLeft', 1, 5)).toBe(2)
    expect(backwardKey('ArrowRight', 1, 5)).toBe(1)
    expect(backwardKey('End', 1, 5)).toBe(5)
    expect(backwardKey('x', 1, 5)).toBeNull()
  })
})

describe('graphLayout', () => {
  it('marks no column as truncated when the window covers the sequence', () => {
    const run = bpttRun({ steps: 5, hidden: 3, seed: 1, k: 5, lossAt: 'every' })
    expect(graphLayout(run, 5).columns.some((c) => c.truncated || c.cut)).toBe(false)
    const short = bpttRun({ steps: 5, hidden: 3, seed: 1, k: 2, lossAt: 'every' })
    expect(graphLayout(short, 5).columns.map((c) => c.truncated)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ])
  })
})
