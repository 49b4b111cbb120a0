/** Geometry of the step's data-flow strip, as data (tested without a DOM; the view maps it to SVG). */
import type { StepModel } from './model.ts'

/** One number on the strip. */
export interface PipeCell {
  x: number
  value: number
  /** Which vector it belongs to, for its accessible name. */
  group: string
}

/** An arrow between two vectors, with the operation it stands for. */
export interface PipeArrow {
  x1: number
  x2: number
  label: string
}

/** A caption under (or bracket over) a run of cells: a symbol and its subscript. */
export interface PipeLabel {
  x: number
  width: number
  text: string
  sub?: string
}

/** Everything the strip draws, in viewBox units. */
export interface Pipeline {
  width: number
  height: number
  cellWidth: number
  cellHeight: number
  cellY: number
  cells: PipeCell[]
  arrows: PipeArrow[]
  captions: PipeLabel[]
  brackets: PipeLabel[]
}

export const CELL_W = 54
export const CELL_H = 34
const GAP = 3
const ARROW = 52
const PAD = 6

/** Lays out [h, x] -> z -> a -> h_t with the operations between them. */
export function pipeline(m: StepModel): Pipeline {
  const groups = [
    { name: '[h, x]', sub: undefined, values: m.concat, op: '·W' },
    { name: 'z', sub: undefined, values: m.z, op: '+ b' },
    { name: 'a', sub: undefined, values: m.preact, op: 'tanh' },
    { name: 'h', sub: 't', values: m.h, op: '' },
  ]
  const cells: PipeCell[] = []
  const arrows: PipeArrow[] = []
  const captions: PipeLabel[] = []
  let x = PAD
  groups.forEach((g, k) => {
    const start = x
    g.values.forEach((value) => {
      cells.push({ x, value, group: g.name })
      x += CELL_W + GAP
    })
    const width = x - GAP - start
    captions.push({ x: start, width, text: g.name, sub: g.sub })
    if (k < groups.length - 1) {
      arrows.push({ x1: x + 4, x2: x + ARROW - 8, label: g.op })
      x += ARROW
    }
  })
  const span = (count: number) => count * (CELL_W + GAP) - GAP
  const brackets: PipeLabel[] = [
    { x: PAD, width: span(m.H), text: 'h', sub: 't−1' },
    { x: PAD + m.H * (CELL_W + GAP), width: span(m.D), text: 'x', sub: 't' },
  ]
  const cellY = 26
  return {
    width: x - GAP + PAD,
    height: cellY + CELL_H + 26,
    cellWidth: CELL_W,
    cellHeight: CELL_H,
    cellY,
    cells,
    arrows,
    captions,
    brackets,
  }
}
