import katex from 'katex'
import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../../src/lesson/format.ts'
import {
  edgeValues,
  layoutNet,
  MAX_LABELLED,
  phaseFocus,
  shownLoss,
  unitValues,
} from '../../../src/widgets/BackpropNet/diagram.ts'
import { runNet, type NetModel } from '../../../src/widgets/BackpropNet/model.ts'
import { DECK_NET, randomNet } from '../../../src/widgets/BackpropNet/presets.ts'
import { PHASES } from '../../../src/widgets/BackpropNet/schema.ts'
import { phaseTex } from '../../../src/widgets/BackpropNet/tex.ts'

const deck = runNet(DECK_NET, 1).model as NetModel
const wide = runNet(randomNet(2, 3, 4, 2), 1).model as NetModel

describe('BackpropNet diagram', () => {
  it('lays out one unit per entry and one edge per weight, inside the drawing', () => {
    for (const [D, H, O] of [
      [2, 3, 1],
      [3, 4, 2],
      [1, 1, 1],
    ]) {
      const l = layoutNet(D, H, O)
      expect(l.units).toHaveLength(D + H + O)
      expect(l.edges).toHaveLength(D * H + H * O)
      for (const u of l.units) {
        expect(u.cy).toBeGreaterThan(0)
        expect(u.cy).toBeLessThan(l.height)
        expect(u.cx).toBeLessThan(l.width)
      }
      expect(l.lossBox.x + l.lossBox.width).toBeLessThanOrEqual(l.width)
      for (const e of l.edges)
        expect(e.labelled).toBe((e.layer === 'W1' ? D * H : H * O) <= MAX_LABELLED)
    }
  })

  it('shows weights, then a layer’s gradient in its own phase, then the updated weights', () => {
    expect(edgeValues(deck, 'layer1', 'W1').values).toEqual(DECK_NET.W1)
    expect(edgeValues(deck, 'gradW2', 'W2')).toEqual({
      values: deck.grads.gradW2,
      name: 'gradient',
    })
    expect(edgeValues(deck, 'gradW2', 'W1').name).toBe('weight')
    expect(edgeValues(deck, 'gradW1', 'W1').values).toEqual(deck.grads.gradW1)
    expect(edgeValues(deck, 'update', 'W2').values).toEqual(deck.W2)
    expect(edgeValues(deck, 'after', 'W1').name).toBe('updated weight')
  })

  it('reveals values as the phases compute them', () => {
    expect(unitValues(deck, 'layer1', 'y').values).toBeNull()
    expect(unitValues(deck, 'layer2', 'y').values).toEqual(deck.forward.yhat)
    expect(unitValues(deck, 'loss', 'y').deltas).toBeNull()
    expect(unitValues(deck, 'delta2', 'y').deltas).toEqual(deck.grads.delta2)
    expect(unitValues(deck, 'delta2', 'h').deltas).toBeNull()
    expect(unitValues(deck, 'delta1', 'h').deltas).toEqual(deck.grads.delta1)
    expect(unitValues(deck, 'update', 'h').deltas).toBeNull()
    expect(unitValues(deck, 'after', 'h').values).toEqual(deck.after.h1)
    expect(shownLoss(deck, 'layer2')).toBeNull()
    expect(shownLoss(deck, 'loss')).toEqual({ value: deck.forward.loss, after: false })
    expect(shownLoss(deck, 'after')).toEqual({ value: deck.after.loss, after: true })
  })

  it('highlights the parts each phase uses; backward phases run backward', () => {
    expect([...phaseFocus('layer1').weights]).toEqual(['W1'])
    expect(phaseFocus('delta1').backward).toBe(true)
    expect(phaseFocus('update').backward).toBe(false)
    expect(phaseFocus('loss').loss).toBe(true)
  })
})

describe('BackpropNet formulas', () => {
  const four = (v: number) => formatNumber(v, 4).replace('−', '-')

  it.each([
    ['the deck', deck],
    ['a 3-4-2 network', wide],
  ])('every phase of %s typesets without a KaTeX error', (_, m) => {
    for (const p of PHASES)
      for (const tex of phaseTex(m, p.id))
        expect(() => katex.renderToString(tex, { throwOnError: true }), p.id).not.toThrow()
  })

  it('writes the engine’s numbers into each phase', () => {
    const text = (id: (typeof PHASES)[number]['id']) => phaseTex(deck, id).join(' ')
    for (const v of deck.forward.h1) expect(text('layer1')).toContain(four(v))
    expect(text('layer2')).toContain(four(deck.forward.yhat[0]))
    expect(text('loss')).toContain(four(deck.forward.loss))
    expect(text('delta2')).toContain(four(deck.grads.delta2[0]))
    for (const [v] of deck.grads.gradW2) expect(text('gradW2')).toContain(four(v))
    for (const v of deck.grads.delta1) expect(text('delta1')).toContain(four(v))
    for (const v of deck.grads.gradW1.flat()) expect(text('gradW1')).toContain(four(v))
    expect(text('update')).toContain(four(deck.W1[0][0]))
    expect(text('after')).toContain(four(deck.after.loss))
  })
})
