import { describe, expect, it } from 'vitest'
import { errata } from '../../../src/engine/index.ts'
import { faces, volumeBoxes } from '../../../src/widgets/ShapeCalculator/diagram.ts'
import {
  errataFor,
  paramsTex,
  shapeOf,
  sizeTex,
} from '../../../src/widgets/ShapeCalculator/model.ts'
import type { LayerHyper } from '../../../src/widgets/ShapeCalculator/schema.ts'

// The definitions, by counting: window positions along a side, and one weight per
// (filter, input channel, kernel row, kernel column).
function positions(size: number, f: number, s: number, p: number, d: number): number {
  let n = 0
  for (let start = 0; start + d * (f - 1) < size + 2 * p; start += s) n++
  return n
}
function weights(h: LayerHyper): number {
  let n = 0
  for (let k = 0; k < h.filters; k++)
    for (let c = 0; c < h.depth; c++)
      for (let u = 0; u < h.kernel; u++) for (let v = 0; v < h.kernel; v++) n++
  return n
}

const deck: LayerHyper = {
  width: 32,
  height: 32,
  depth: 3,
  kernel: 5,
  stride: 1,
  padding: 2,
  dilation: 1,
  filters: 10,
  bias: true,
}

describe('shapeOf', () => {
  const cases: Partial<LayerHyper>[] = [
    {},
    { width: 7, height: 7, depth: 1, kernel: 3, stride: 2, padding: 0, filters: 1 },
    { width: 227, height: 227, kernel: 11, stride: 4, padding: 0, filters: 96 },
    { width: 9, height: 12, kernel: 3, dilation: 2, padding: 1 },
    { kernel: 1, padding: 0, depth: 256, filters: 64, bias: false },
  ]
  for (const extra of cases) {
    it(`counts the output and parameters of ${JSON.stringify(extra)}`, () => {
      const h = { ...deck, ...extra }
      const r = shapeOf(h)
      const w2 = positions(h.width, h.kernel, h.stride, h.padding, h.dilation)
      const h2 = positions(h.height, h.kernel, h.stride, h.padding, h.dilation)
      expect(r.output).toEqual([w2, h2, h.filters])
      expect(r.params.weights).toBe(weights(h))
      expect(r.params.biases).toBe(h.bias ? h.filters : 0)
      expect(r.params.total).toBe(weights(h) + (h.bias ? h.filters : 0))
      expect(r.macs).toBe(w2 * h2 * weights(h))
    })
  }

  it('gives the deck example: 32x32x10 and 760 parameters', () => {
    const r = shapeOf(deck)
    expect(r.output).toEqual([32, 32, 10])
    expect(r.params.total).toBe((5 * 5 * 3 + 1) * 10)
    expect(r.errors).toEqual([])
    expect(r.tip).toBeNull()
  })

  it('rounds down a stride that does not fit, and says so', () => {
    const r = shapeOf({ ...deck, width: 7, height: 7, kernel: 3, stride: 3, padding: 0 })
    expect(r.output).toEqual([2, 2, 10])
    expect(r.warnings.join(' ')).toMatch(/stride 3 does not fit exactly.*rounded down to 2/)
  })

  it('explains a kernel larger than the padded input, naming the side', () => {
    const r = shapeOf({ ...deck, width: 8, height: 3, kernel: 5, padding: 0 })
    expect(r.valid).toBe(false)
    expect(r.output).toEqual([0, 0, 0])
    expect(r.errors).toEqual([
      'height: the kernel (5) is larger than the input (3), so no window fits',
    ])
  })

  it('suggests the padding that keeps the size', () => {
    expect(shapeOf({ ...deck, padding: 0 }).tip).toMatch(/padding 2 .* keep the size at 32×32/)
  })
})

describe('formulas and errata', () => {
  it('puts the numbers into the formulas', () => {
    const r = shapeOf(deck)
    expect(sizeTex('W', 32, deck, r.fitW)).toContain('\\frac{32 - 5 + 2 \\cdot 2}{1} + 1 = 32')
    expect(paramsTex(deck, r.params)).toContain('5 \\cdot 5 \\cdot 3 \\cdot 10 + 10 = 760')
    const odd = { ...deck, width: 7, kernel: 3, stride: 3, padding: 0 }
    expect(sizeTex('W', 7, odd, shapeOf(odd).fitW)).toContain('= 2.33 \\;\\Rightarrow\\; 2')
  })

  it('finds the deck slip about exactly this layer, and none for others', () => {
    const found = errataFor(deck)
    expect(found.length).toBe(1)
    expect(errata).toContain(found[0])
    expect(found[0].deck).toMatch(/^004/)
    expect(errataFor({ ...deck, padding: 1 })).toEqual([])
  })
})

describe('volume diagram', () => {
  it('draws input, filter and output, or two boxes when nothing fits', () => {
    const boxes = volumeBoxes([32, 32, 3], 5, [32, 32, 10])
    expect(boxes.map((b) => b.label)).toEqual(['32×32×3', '5×5×3', '32×32×10'])
    // Deeper volumes recede further; the same width draws the same size.
    expect(boxes[2].depth).toBeGreaterThan(boxes[0].depth)
    expect(boxes[2].w).toBe(boxes[0].w)
    expect(volumeBoxes([3, 3, 1], 5, null).length).toBe(2)
    expect(faces(boxes[0]).front.split(' ').length).toBe(4)
  })
})
