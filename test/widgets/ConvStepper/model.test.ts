import { describe, expect, it } from 'vitest'
import {
  channelSums,
  clampStep,
  inputMarks,
  moveStep,
  paddedChannel,
  productGrid,
  runStepper,
  unreadCells,
} from '../../../src/widgets/ConvStepper/model.ts'
import {
  kernelPreset,
  layerNumbers,
  type LayerNumbers,
} from '../../../src/widgets/ConvStepper/presets.ts'
import { applyEdits } from '../../../src/widgets/ConvStepper/store.ts'
import { MAX_TERMS, stepTex, texNumber } from '../../../src/widgets/ConvStepper/tex.ts'
import { Random } from '../../../src/engine/random.ts'

// The definition, written out with plain loops: cross-correlation with zero padding, stride and
// dilation, summed over every input channel, plus the filter's bias.
function reference(
  n: LayerNumbers,
  o: { stride: number; padding: number; dilation: number; bias: boolean },
  k: number,
): number[][] {
  const size = n.input[0].length
  const f = n.weight[0][0].length
  const out: number[][] = []
  for (let top = -o.padding; top + o.dilation * (f - 1) < size + o.padding; top += o.stride) {
    const row: number[] = []
    for (let left = -o.padding; left + o.dilation * (f - 1) < size + o.padding; left += o.stride) {
      let s = 0
      for (let c = 0; c < n.input.length; c++)
        for (let u = 0; u < f; u++)
          for (let v = 0; v < f; v++) {
            const x = n.input[c][top + u * o.dilation]?.[left + v * o.dilation] ?? 0
            s += n.weight[k][c][u][v] * x
          }
      row.push(s + (o.bias ? n.bias[k] : 0))
    }
    out.push(row)
  }
  return out
}

const base = {
  dims: '2d' as '2d' | '1d',
  length: 10,
  size: 6,
  kernel: 3,
  stride: 1,
  padding: 0,
  dilation: 1,
  channels: 1,
  filters: 1,
  bias: false,
  relu: false,
  preset: 'random' as const,
  input: 'random' as const,
  seed: 7,
}

describe('runStepper', () => {
  const cases = [
    {},
    { stride: 2 },
    { stride: 3, size: 7 },
    { padding: 1, stride: 2 },
    { dilation: 2, size: 7 },
    { channels: 3, filters: 2, bias: true },
    { kernel: 1, channels: 3, filters: 2, size: 4 },
  ]
  for (const extra of cases) {
    it(`matches the definition for ${JSON.stringify(extra)}`, () => {
      const config = { ...base, ...extra }
      const numbers = layerNumbers(config)
      for (let k = 0; k < config.filters; k++) {
        const model = runStepper(config, numbers, k)
        const want = reference(numbers, config, k)
        expect(model.z.length).toBe(want.length)
        model.z.forEach((row, r) => row.forEach((v, c) => expect(v).toBeCloseTo(want[r][c], 12)))
        expect(model.trace!.steps.map((s) => s.value)).toEqual(model.z.flat())
      }
    })
  }

  it('applies ReLU to the shown map only', () => {
    const config = { ...base, relu: true }
    const model = runStepper(config, layerNumbers(config), 0)
    expect(model.z.flat().some((v) => v < 0)).toBe(true)
    expect(model.shown.flat()).toEqual(model.z.flat().map((v) => Math.max(0, v)))
  })

  it('explains a kernel larger than the padded input instead of computing', () => {
    const config = { ...base, size: 3, kernel: 5 }
    const model = runStepper(config, layerNumbers(config), 0)
    expect(model.trace).toBeNull()
    expect(model.errors.join(' ')).toMatch(/larger than the input \(3\)/)
  })
})

describe('runStepper on a 1-D signal', () => {
  // The 1-D definition with loops: one row, the same cross-correlation.
  function reference1d(n: LayerNumbers, o: typeof base, k: number): number[] {
    const len = n.input[0][0].length
    const out: number[] = []
    for (
      let left = -o.padding;
      left + o.dilation * (o.kernel - 1) < len + o.padding;
      left += o.stride
    ) {
      let s = 0
      for (let c = 0; c < n.input.length; c++)
        for (let v = 0; v < o.kernel; v++)
          s += n.weight[k][c][0][v] * (n.input[c][0][left + v * o.dilation] ?? 0)
      out.push(s + (o.bias ? n.bias[k] : 0))
    }
    return out
  }
  for (const extra of [
    {},
    { stride: 3 },
    { padding: 2, dilation: 2 },
    { channels: 2, bias: true },
  ]) {
    it(`matches the definition for ${JSON.stringify(extra)}`, () => {
      const config = { ...base, dims: '1d' as const, length: 11, ...extra }
      const numbers = layerNumbers(config)
      const model = runStepper(config, numbers, 0)
      expect(model.z.length).toBe(1)
      const want = reference1d(numbers, config, 0)
      expect(model.z[0].length).toBe(want.length)
      model.z[0].forEach((v, i) => expect(v).toBeCloseTo(want[i], 12))
      expect(model.trace!.steps.map((s) => s.out)).toEqual(want.map((_, i) => [0, i]))
    })
  }

  it('marks the unread end of a signal when the stride does not fit', () => {
    const config = { ...base, dims: '1d' as const, length: 10, stride: 3 }
    const model = runStepper(config, layerNumbers(config), 0)
    // (10 - 3)/3 + 1 = 3.33: windows start at 0, 3, 6 and end at 8; cell 9 is never read.
    expect(unreadCells(model)).toEqual([[0, 9]])
  })
})

describe('stepping', () => {
  it('clamps a step from a link to the map', () => {
    expect(clampStep(99, 16)).toBe(15)
    expect(clampStep(-3, 16)).toBe(0)
    expect(clampStep(4, 16)).toBe(4)
  })

  it('moves the window in two dimensions and stops at the edges', () => {
    expect(moveStep(0, 'ArrowRight', 4, 4)).toBe(1)
    expect(moveStep(0, 'ArrowDown', 4, 4)).toBe(4)
    expect(moveStep(0, 'ArrowLeft', 4, 4)).toBe(0)
    expect(moveStep(3, 'ArrowRight', 4, 4)).toBe(3)
    expect(moveStep(5, 'End', 4, 4)).toBe(15)
    expect(moveStep(5, 'Home', 4, 4)).toBe(0)
    expect(moveStep(5, 'PageDown', 4, 4)).toBeNull()
  })
})

describe('what the input grid marks', () => {
  it('finds the cells no window reads when the stride does not fit', () => {
    const config = { ...base, size: 7, stride: 3 }
    const model = runStepper(config, layerNumbers(config), 0)
    const read = new Set<string>()
    for (const step of model.trace!.steps)
      for (const t of step.taps) read.add(`${t.at[0]},${t.at[1]}`)
    const want: [number, number][] = []
    for (let r = 0; r < 7; r++)
      for (let c = 0; c < 7; c++) if (!read.has(`${r},${c}`)) want.push([r, c])
    expect(unreadCells(model)).toEqual(want)
    expect(want.length).toBe(13)
  })

  it('marks the window, the padding ring and the unread cells', () => {
    const config = { ...base, size: 5, padding: 1, stride: 2, kernel: 2 }
    const model = runStepper(config, layerNumbers(config), 0)
    const mark = inputMarks(model, model.trace!.steps[0], 0)
    expect(mark(0, 0)).toBe('window')
    expect(mark(1, 1)).toBe('window')
    expect(mark(0, 3)).toBe('padding')
    expect(mark(3, 3)).toBeNull()
    // (5 + 2 - 2)/2 + 1 = 3.5: the last padded row and column are dropped, so is the padding there.
    expect(mark(6, 6)).toBe('padding')
    expect(mark(3, 6)).toBe('padding')
  })

  it('draws the padding ring as zeros around the channel (and only at the ends of a signal)', () => {
    expect(paddedChannel([[1, 2]], 0, 2)).toEqual([[0, 0, 1, 2, 0, 0]])
    expect(
      paddedChannel(
        [
          [1, 2],
          [3, 4],
        ],
        1,
        1,
      ),
    ).toEqual([
      [0, 0, 0, 0],
      [0, 1, 2, 0],
      [0, 3, 4, 0],
      [0, 0, 0, 0],
    ])
  })
})

describe('working out one cell', () => {
  const config = { ...base, channels: 2, bias: true }
  const numbers = layerNumbers(config)
  const step = runStepper(config, numbers, 0).trace!.steps[5]

  it('splits the sum by channel and lays the products out like the kernel', () => {
    const [r, c] = step.out
    const sums = [0, 1].map((ch) => {
      let s = 0
      for (let u = 0; u < 3; u++)
        for (let v = 0; v < 3; v++)
          s += numbers.weight[0][ch][u][v] * numbers.input[ch][r + u][c + v]
      return s
    })
    channelSums(step, 2).forEach((s, i) => expect(s).toBeCloseTo(sums[i], 12))
    const grid = productGrid(step, 1, 3, 3)
    expect(grid[2][1]).toBeCloseTo(numbers.weight[0][1][2][1] * numbers.input[1][r + 2][c + 1], 12)
  })

  it('writes the formula with every product when short, per channel when long', () => {
    const one = { ...base }
    const s1 = runStepper(one, layerNumbers(one), 0).trace!.steps[0]
    const tex = stepTex(s1, { channels: 1, bias: false, relu: false, shown: s1.value })
    for (const t of s1.taps) expect(tex).toContain(`${texNumber(t.w)} \\cdot ${texNumber(t.x)}`)
    expect(tex.endsWith(`= ${texNumber(s1.value, false)}`)).toBe(true)
    expect(step.taps.length).toBeGreaterThan(MAX_TERMS)
    const long = stepTex(step, {
      channels: 2,
      bias: true,
      relu: true,
      shown: Math.max(0, step.value),
    })
    expect(long).toContain('\\text{ch } 2')
    expect(long).toContain('\\operatorname{ReLU}')
  })

  it('writes numbers for TeX with parentheses around negatives', () => {
    expect(texNumber(-0.5)).toBe('(-0.5)')
    expect(texNumber(-0.5, false)).toBe('-0.5')
    expect(texNumber(2e-6)).toBe('2 \\times 10^{-6}')
  })
})

describe('presets and edits', () => {
  it('builds kernels with the sums their names promise', () => {
    const rng = new Random(1)
    const sum = (g: number[][]) => g.flat().reduce((a, b) => a + b, 0)
    for (const f of [2, 3, 5]) {
      expect(sum(kernelPreset('vertical-edge', f, rng))).toBe(0)
      expect(sum(kernelPreset('horizontal-edge', f, rng))).toBe(0)
      expect(sum(kernelPreset('blur', f, rng))).toBeCloseTo(1, 12)
      expect(sum(kernelPreset('sharpen', f, rng))).toBe(1)
      expect(sum(kernelPreset('identity', f, rng))).toBe(1)
    }
  })

  it('gives the same numbers for the same seed, and the right shapes', () => {
    const a = layerNumbers({ ...base, channels: 2, filters: 3 })
    expect(layerNumbers({ ...base, channels: 2, filters: 3 })).toEqual(a)
    expect([a.input.length, a.input[0].length, a.input[0][0].length]).toEqual([2, 6, 6])
    expect([a.weight.length, a.weight[0].length, a.weight[0][0].length]).toEqual([3, 2, 3])
    expect(a.bias.length).toBe(3)
  })

  it('writes edits over the presets and ignores edits outside the shape', () => {
    const n = layerNumbers(base)
    const e = applyEdits(n, {
      input: { '0,1,2': 9, '0,9,9': 5 },
      weight: { '0,0,2,2': -4 },
      bias: { '0': 3, '4': 1 },
    })
    expect(e.input[0][1][2]).toBe(9)
    expect(e.weight[0][0][2][2]).toBe(-4)
    expect(e.bias).toEqual([3])
    expect(e.input[0][0][0]).toBe(n.input[0][0][0])
  })
})
