/** The loss table against the definition, computed here by plain loops from the same seeded data. */
import { describe, expect, it } from 'vitest'
import {
  cellKey,
  lecturePadding,
  lossTable,
  moveCell,
  oneHotLabel,
  seededBatch,
} from '../../../src/widgets/SequenceLoss/model.ts'

type M = number[][]
const mat = (t: { data: Float64Array; shape: readonly number[] }): M =>
  Array.from({ length: t.shape[0] }, (_, i) =>
    Array.from(t.data.slice(i * t.shape[1], (i + 1) * t.shape[1])),
  )
const mv = (m: M, v: number[]) => m.map((row) => row.reduce((s, w, j) => s + w * v[j], 0))

// h_t = tanh(W_ih x_t + W_hh h_{t-1}) from h_0 = 0, logits W_hy h_t, softmax and -log p by hand.
function byHand(batch: number, steps: number, seed: number) {
  const { weightIh, weightHh, weightHy, x, targets } = seededBatch(batch, steps, seed)
  const [Wih, Whh, Why] = [weightIh, weightHh, weightHy].map(mat)
  const I = Wih[0].length
  return Array.from({ length: batch }, (_, n) => {
    let h = new Array(Whh.length).fill(0)
    return Array.from({ length: steps }, (_, t) => {
      const xt = Array.from(x.data.slice((t * batch + n) * I, (t * batch + n + 1) * I))
      const a = mv(Wih, xt).map((v, i) => v + mv(Whh, h)[i])
      h = a.map(Math.tanh)
      const y = mv(Why, h)
      const z = y.reduce((s, v) => s + Math.exp(v), 0)
      const p = y.map((v) => Math.exp(v) / z)
      return { p, term: -Math.log(p[targets[n][t].target]) }
    })
  })
}

describe('lossTable', () => {
  it('gives every unpadded cell -log of the softmax probability of its target', () => {
    for (const [batch, steps, seed] of [
      [8, 3, 1],
      [3, 5, 7],
    ]) {
      const table = lossTable(batch, steps, seed, new Set())
      const hand = byHand(batch, steps, seed)
      table.cells.forEach((row, n) =>
        row.forEach((cell, t) => {
          expect(cell.probs[0]).toBeCloseTo(hand[n][t].p[0], 12)
          expect(cell.term).toBeCloseTo(hand[n][t].term, 12)
        }),
      )
    }
  })

  it('leaves padded cells out of the sums and divides by M or by the unpadded count', () => {
    const padded = new Set([cellKey(2, 2), cellKey(0, 1), cellKey(5, 0)])
    const table = lossTable(8, 3, 2, padded)
    const hand = byHand(8, 3, 2)
    let total = 0
    let counted = 0
    hand.forEach((row, n) =>
      row.forEach(({ term }, t) => {
        if (padded.has(cellKey(n, t))) return
        total += term
        counted++
      }),
    )
    expect(counted).toBe(21)
    expect(table.counted).toBe(counted)
    expect(table.cells[0][1]).toMatchObject({ padded: true, term: null })
    expect(table.rowSums[0]).toBeCloseTo(hand[0][0].term + hand[0][2].term, 12)
    expect(table.total).toBeCloseTo(total, 12)
    expect(table.perSequence).toBeCloseTo(total / 8, 12)
    expect(table.perToken).toBeCloseTo(total / counted, 12)
    expect(table.perToken).not.toBeCloseTo(table.perSequence, 3)
  })

  it('has no per-position mean when every cell is padded', () => {
    const all = new Set([cellKey(0, 0), cellKey(0, 1)])
    const table = lossTable(1, 2, 1, all)
    expect(table.perToken).toBeNull()
    expect(table.perSequence).toBe(0)
  })

  it('uses the lecture’s targets for instances 1–3 and 8 and its padding of instance 3', () => {
    const table = lossTable(8, 3, 1, lecturePadding(8, 3))
    const labels = (n: number) => table.cells[n].map((c) => oneHotLabel(c.target))
    expect(labels(0)).toEqual(['(1, 0)', '(1, 0)', '(0, 1)'])
    expect(labels(1)).toEqual(['(0, 1)', '(1, 0)', '(0, 1)'])
    expect(labels(2).slice(0, 2)).toEqual(['(0, 1)', '(0, 1)'])
    expect(labels(7)).toEqual(['(1, 0)', '(1, 0)', '(1, 0)'])
    expect(table.cells[2][2].padded).toBe(true)
    expect(table.cells[4].every((c) => !c.fromLecture)).toBe(true)
    expect(lecturePadding(2, 3).size).toBe(0)
  })
})

describe('moveCell', () => {
  it('moves with the arrows and Home/End, clamped to the table', () => {
    expect(moveCell('ArrowDown', 0, 0, 8, 3)).toEqual([1, 0])
    expect(moveCell('ArrowUp', 0, 0, 8, 3)).toEqual([0, 0])
    expect(moveCell('ArrowRight', 2, 2, 8, 3)).toEqual([2, 2])
    expect(moveCell('End', 4, 0, 8, 3)).toEqual([4, 2])
    expect(moveCell('Home', 4, 2, 8, 3)).toEqual([4, 0])
    expect(moveCell('a', 0, 0, 8, 3)).toBeNull()
  })
})
