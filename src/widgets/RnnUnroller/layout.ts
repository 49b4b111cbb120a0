/**
 * Geometry of the unrolled graph as data (design principle 6): one column per time step with the
 * input's one-hot squares at the bottom, the cell (its shared W_hh drawn as the same thumbnail in
 * every column, h_t as heat squares) in the middle and the next-character bars on top. Pure, so
 * positions and states are tested without a DOM; the view only maps them to SVG.
 */
import { VOCAB, type Unrolled } from './model.ts'

/** A coloured square (a state entry, a weight or a one-hot entry). */
export interface Square {
  x: number
  y: number
  size: number
  value: number
}

/** A probability bar for one vocabulary character. */
export interface Bar {
  x: number
  y: number
  width: number
  height: number
  char: string
  p: number
  /** This character really comes next in the word. */
  isNext: boolean
}

/** Where a step stands relative to the one in focus. */
export type StepState = 'done' | 'current' | 'future'

/** Everything drawn for one step. */
export interface Column {
  t: number
  char: string
  state: StepState
  x: number
  box: { x: number; y: number; width: number; height: number }
  weights: Square[]
  hidden: Square[]
  input: Square[]
  bars: Bar[]
}

/** The whole diagram in viewBox units. */
export interface UnrollLayout {
  width: number
  height: number
  columns: Column[]
  /** h_0 and the arrows carrying h_t to the next column, at this height. */
  flowY: number
  h0: Square[]
  /** Arrow segments [x1, x2] carrying h_{t} rightwards (the first brings h_0 in). */
  flows: [number, number][]
  /** Heights of p = 1 and p = 0 for the bars. */
  barTop: number
  barBase: number
  letterY: number
  /** Top of the one-hot squares. */
  inputY: number
  charY: number
}

export const COL = 132
const LEFT = 64
const BOX_Y = 104
const BOX_H = 88
const BAR_TOP = 10
const BAR_MAX = 50

/** Lays out every step of `run`, with step `focus` (1-based) current and later steps faded. */
export function unrollLayout(run: Unrolled, focus: number): UnrollLayout {
  const H = run.hidden
  const flowY = BOX_Y + 60
  const inputY = BOX_Y + BOX_H + 22
  const sq = Math.min(20, Math.floor(96 / H))
  const ws = Math.min(9, Math.floor(40 / H))
  const columns = run.steps.map((s, k): Column => {
    const x = LEFT + k * COL
    const box = { x: x + 12, y: BOX_Y, width: COL - 24, height: BOX_H }
    const mid = x + COL / 2
    const weights = run.weightHh.flatMap((row, i) =>
      row.map((value, j) => ({ x: box.x + 8 + j * ws, y: box.y + 8 + i * ws, size: ws, value })),
    )
    const hidden = s.h.map((value, j) => ({
      x: mid - (H * sq) / 2 + j * sq,
      y: flowY - sq / 2,
      size: sq,
      value,
    }))
    const input = s.oneHot.map((value, v) => ({
      x: mid - 40 + v * 20 + 2,
      y: inputY,
      size: 16,
      value,
    }))
    const bars = s.probs.map((p, v) => ({
      x: mid - 50 + v * 26,
      y: BAR_TOP + BAR_MAX * (1 - p),
      width: 22,
      height: BAR_MAX * p,
      char: VOCAB[v],
      p,
      isNext: s.next === VOCAB[v],
    }))
    const state: StepState = s.t < focus ? 'done' : s.t === focus ? 'current' : 'future'
    return { t: s.t, char: s.char, state, x, box, weights, hidden, input, bars }
  })
  // h_0 = 0 stands as a small column of blank squares left of the first cell.
  const h0 = Array.from({ length: H }, (_, j) => ({
    x: 14,
    y: flowY - (H * 11) / 2 + j * 11,
    size: 10,
    value: 0,
  }))
  const flows = columns.map((c, k): [number, number] => [
    k === 0 ? 34 : columns[k - 1].box.x + columns[k - 1].box.width,
    c.box.x,
  ])
  return {
    width: LEFT + columns.length * COL + 8,
    height: inputY + 52,
    columns,
    flowY,
    h0,
    flows,
    barTop: BAR_TOP,
    barBase: BAR_TOP + BAR_MAX,
    letterY: BAR_TOP + BAR_MAX + 16,
    inputY,
    charY: inputY + 42,
  }
}
