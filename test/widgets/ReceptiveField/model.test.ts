import { describe, expect, it } from 'vitest'
import {
  formatLayers,
  parseLayers,
  PRESETS,
  type StackLayer,
} from '../../../src/widgets/ReceptiveField/layers.ts'
import {
  fieldSpan,
  measureField,
  stackTheory,
  unitField,
} from '../../../src/widgets/ReceptiveField/model.ts'
import { receptiveFieldSchema } from '../../../src/widgets/ReceptiveField/schema.ts'

const conv = (kernel: number, stride = 1, padding: StackLayer['padding'] = 0, dilation = 1) => ({
  kernel,
  stride,
  padding,
  dilation,
})

/** r = 1 + sum over layers of (k - 1) d times the product of the earlier strides, straight from the definition. */
function fieldByHand(layers: StackLayer[]): number {
  let [r, jump] = [1, 1]
  for (const l of layers) {
    r += (l.kernel - 1) * l.dilation * jump
    jump *= l.stride
  }
  return r
}

describe('parseLayers', () => {
  it('reads a stack and writes it back the same', () => {
    const text = 'k3s1p1d1,k5s2p0d3,k3s1pcd4'
    const parsed = parseLayers(text, '1d')
    expect(parsed.layers).toEqual([conv(3, 1, 1, 1), conv(5, 2, 0, 3), conv(3, 1, 'causal', 4)])
    expect(formatLayers(parsed.layers!)).toBe(text)
  })

  it('names the layer and the reason when it cannot read one', () => {
    expect(parseLayers('k3s1p1d1,k3s1', '2d').error).toBe('Layer 2 "k3s1" is not like k3s1p1d1.')
    expect(parseLayers('k0s1p1d1', '2d').error).toBe('Layer 1: kernel 0 is outside 1 to 11.')
    expect(parseLayers('k3s1pcd1', '2d').error).toContain('causal padding only exists for a 1-D')
    expect(parseLayers(Array(9).fill('k3s1p0d1').join(','), '2d').error).toContain('At most 8')
  })

  it('accepts every preset, and the link pattern accepts what formatLayers writes', () => {
    const spec = receptiveFieldSchema.find((s) => s.name === 'layers')!
    for (const p of PRESETS) {
      const parsed = parseLayers(p.params.layers, p.params.dims)
      expect(parsed.error, p.name).toBeNull()
      if (spec.type === 'text') expect(spec.pattern.test(formatLayers(parsed.layers!))).toBe(true)
    }
  })
})

describe('stackTheory', () => {
  it('three 3×3 layers see as far as one 7×7', () => {
    const three = stackTheory([conv(3), conv(3), conv(3)], 9)
    const one = stackTheory([conv(7)], 9)
    expect(three.rows.map((r) => r.field.receptiveField)).toEqual([3, 5, 7])
    expect(one.rows[0].field.receptiveField).toBe(fieldByHand([conv(7)]))
    expect(three.output).toBe(one.output)
  })

  it('multiplies the jump by each stride and grows the field by (k - 1) d times the jump', () => {
    const layers = [conv(3, 2), conv(3, 2, 1), conv(3, 1, 0, 2)]
    const t = stackTheory(layers, 31)
    expect(t.rows.map((r) => r.field.jump)).toEqual([2, 4, 4])
    expect(t.rows[2].field.receptiveField).toBe(fieldByHand(layers))
  })

  it('explains a layer that does not fit in words instead of an output', () => {
    const t = stackTheory([conv(3), conv(7)], 5)
    expect(t.output).toBe(0)
    expect(t.error).toMatch(/^Layer 2: the kernel \(7\) is larger than the input \(3\)/)
  })
})

describe('measureField', () => {
  const stacks: Array<[string, StackLayer[], number]> = [
    ['three 3×3', [conv(3), conv(3), conv(3)], 9],
    ['strided', [conv(3, 2), conv(3, 2)], 15],
    ['dilated', [conv(3), conv(3, 1, 0, 2), conv(3, 1, 0, 4)], 17],
    ['padded, strided and dilated', [conv(5, 2, 2), conv(3, 1, 1, 2), conv(2, 2)], 24],
  ]
  for (const [name, layers, size] of stacks) {
    it(`${name}: every unit whose field lies inside the image measures the theoretical field`, () => {
      const t = stackTheory(layers, size)
      const field = t.rows[t.rows.length - 1].field
      let inside = 0
      for (let r = 0; r < t.output; r++) {
        for (let c = 0; c < t.output; c++) {
          const [r0, r1] = fieldSpan(field, r)
          const [c0, c1] = fieldSpan(field, c)
          if (r0 < 0 || c0 < 0 || r1 >= size || c1 >= size) continue
          inside++
          const m = measureField(layers, size, '2d', r * t.output + c)
          expect(m.box, `unit ${r},${c}`).toEqual([r0, c0, r1, c1])
        }
      }
      expect(inside).toBeGreaterThan(0)
    })
  }

  it('clips the theoretical box of a border unit to the image and says so', () => {
    const layers = [conv(3, 1, 1), conv(3, 1, 1)]
    const t = stackTheory(layers, 6)
    const field = t.rows[1].field
    expect(unitField(field, 0, t.output, '2d', 6)).toEqual({ outline: [0, 0, 2, 2], clipped: true })
    expect(unitField(field, 2 * 6 + 2, t.output, '2d', 6)).toEqual({
      outline: [0, 0, 4, 4],
      clipped: false,
    })
    // Autograd agrees with the clipped box at the corner.
    expect(measureField(layers, 6, '2d', 0).box).toEqual([0, 0, 2, 2])
  })

  it('counts the paths: two 3×3 layers of ones give the centre 9 paths, a corner 1', () => {
    const m = measureField([conv(3), conv(3)], 5, '2d', 0)
    const line = [1, 2, 3, 2, 1] // [1, 1, 1] convolved with itself
    expect(m.grad).toEqual(line.map((a) => line.map((b) => a * b)))
    expect(m.count).toBe(25)
  })

  it('a dilated kernel leaves holes: 9 of 25 cells', () => {
    const m = measureField([conv(3, 1, 0, 2)], 5, '2d', 0)
    expect(m.box).toEqual([0, 0, 4, 4])
    expect(m.count).toBe(9)
  })

  it('the causal TCN (k = 3, d = 1, 2, 4): the last step sees 15 steps back, the first only itself', () => {
    const layers = parseLayers(PRESETS[4].params.layers, '1d').layers!
    const t = stackTheory(layers, 16)
    expect(t.output).toBe(16)
    expect(t.rows[2].field.receptiveField).toBe(1 + 2 * (1 + 2 + 4))
    const last = measureField(layers, 16, '1d', 15)
    expect(last.box).toEqual([0, 16 - 15, 0, 15])
    expect(fieldSpan(t.rows[2].field, 15)).toEqual([1, 15])
    const first = measureField(layers, 16, '1d', 0)
    expect(first.count).toBe(1)
    // Nothing from the future: no input after the unit gets a gradient.
    const mid = measureField(layers, 16, '1d', 7)
    expect(mid.grad[0].slice(8).every((g) => g === 0)).toBe(true)
  })
})
