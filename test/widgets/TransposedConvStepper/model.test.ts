import { describe, expect, it } from 'vitest'
import { Random } from '../../../src/engine/random.ts'
import {
  canvasAt,
  landing,
  runStamps,
  stampGrid,
  type StampLayer,
  type StampNumbers,
} from '../../../src/widgets/TransposedConvStepper/model.ts'
import {
  stampKernel,
  stampNumbers,
  tent,
} from '../../../src/widgets/TransposedConvStepper/presets.ts'
import { sizeTex, stampSentence } from '../../../src/widgets/TransposedConvStepper/words.ts'

/** The whole canvas from the definition: every input cell adds x * kernel at (i*S, j*S). */
function stampLoop(layer: StampLayer, { input, kernel }: StampNumbers): number[][] {
  const { size: n, kernel: k, stride: s } = layer
  const side = (n - 1) * s + k + Math.max(0, layer.outputPadding - layer.padding)
  const out = Array.from({ length: side }, () => Array<number>(side).fill(0))
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      for (let u = 0; u < k; u++)
        for (let v = 0; v < k; v++) out[i * s + u][j * s + v] += input[i][j] * kernel[u][v]
  return out
}

/** PyTorch's output: the canvas with `padding` rows and columns cut off each side (output padding gives some back). */
const crop = (canvas: number[][], p: number, size: number) =>
  canvas.slice(p, p + size).map((row) => row.slice(p, p + size))

const random = (n: number, seed: number) => {
  const rng = new Random(seed)
  return Array.from({ length: n }, () => Array.from({ length: n }, () => rng.uniform(-2, 2)))
}

const layers: StampLayer[] = []
for (const size of [1, 2, 3, 4])
  for (const kernel of [1, 2, 3, 4])
    for (const stride of [1, 2, 3])
      for (const padding of [0, 1, 2])
        for (const outputPadding of [0, 1, 2]) {
          if (outputPadding >= stride) continue
          layers.push({ size, kernel, stride, padding, outputPadding })
        }

describe('runStamps', () => {
  it('gives the cropped loop of stamps as its output, and the whole loop on its canvas', () => {
    let checked = 0
    layers.forEach((layer, i) => {
      const numbers = { input: random(layer.size, i), kernel: random(layer.kernel, 1000 + i) }
      const model = runStamps(layer, numbers)
      const expectedSize = (layer.size - 1) * layer.stride - 2 * layer.padding + layer.kernel
      const size = expectedSize + layer.outputPadding
      if (size < 1) {
        expect(model.errors.length, JSON.stringify(layer)).toBeGreaterThan(0)
        expect(model.trace).toBeNull()
        return
      }
      checked++
      const loop = stampLoop(layer, numbers)
      expect(model.output).toHaveLength(size)
      expect(model.canvas).toBe(loop.length)
      const want = crop(loop, layer.padding, size)
      model.output.forEach((row, r) =>
        row.forEach((v, c) => expect(v).toBeCloseTo(want[r][c] ?? 0, 12)),
      )
      // After the last stamp, the canvas holds the whole loop, and its dashed crop is the output.
      const last = canvasAt(model.full!, model.canvas, layer.size ** 2 - 1)
      last.values.forEach((row, r) => row.forEach((v, c) => expect(v).toBeCloseTo(loop[r][c], 12)))
      expect(crop(last.values, model.crop.start, model.crop.size)).toEqual(model.output)
    })
    expect(checked).toBeGreaterThan(100)
  })

  it('explains a layer whose padding crops everything away, or whose output padding is not below the stride', () => {
    const numbers = { input: [[1]], kernel: [[1]] }
    const cropped = runStamps(
      { size: 1, kernel: 1, stride: 1, padding: 1, outputPadding: 0 },
      numbers,
    )
    expect(cropped.errors.join()).toMatch(/crops away the whole output/)
    expect(cropped.output).toEqual([])
    const big = runStamps({ size: 1, kernel: 1, stride: 1, padding: 0, outputPadding: 1 }, numbers)
    expect(big.errors.join()).toMatch(/output padding 1 must be smaller than the stride/)
  })
})

describe('canvasAt', () => {
  it('counts stamps per cell and keeps running sums that grow stamp by stamp', () => {
    const layer = { size: 2, kernel: 3, stride: 2, padding: 1, outputPadding: 0 }
    const numbers = {
      input: [
        [1, 2],
        [3, 4],
      ],
      kernel: stampKernel('ones', 3, new Random(1)),
    }
    const model = runStamps(layer, numbers)
    for (let step = 0; step < 4; step++) {
      const { values, counts } = canvasAt(model.full!, model.canvas, step)
      // With an all-ones kernel each cell holds the sum of the inputs that reached it.
      const partial = numbers.input.flat().map((v, i) => (i <= step ? v : 0))
      const loop = stampLoop(layer, {
        input: [partial.slice(0, 2), partial.slice(2)],
        kernel: numbers.kernel,
      })
      expect(values).toEqual(loop)
      // The middle column and row (index 2) are where neighbouring 3-wide stamps 2 apart overlap.
      expect(counts[2][2]).toBe(step + 1)
    }
  })
})

describe('landing and words', () => {
  const layer = { size: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 0 }
  const model = runStamps(
    layer,
    stampNumbers({ ...layer, input: 'count', preset: 'bilinear', seed: 1 }),
  )

  it('places stamp (i, j) at rows i*S - P to i*S - P + K - 1 and counts its cut and overlapping cells', () => {
    const first = landing(model, 0)!
    expect(first).toEqual({ rows: [-1, 1], cols: [-1, 1], cropped: 5, overlaps: 0 })
    const second = landing(model, 1)!
    expect(second.rows).toEqual([-1, 1])
    expect(second.cols).toEqual([1, 3])
    // Its left column (output column 1) is shared with the first stamp; the top row is cropped.
    expect(second.overlaps).toBe(3)
    expect(second.cropped).toBe(3)
    const centre = landing(model, 4)!
    expect(centre).toMatchObject({ rows: [1, 3], cols: [1, 3], cropped: 0 })
  })

  it('says in words what the stamp does, with the numbers of this layer', () => {
    const step = model.trace!.steps[3]
    const text = stampSentence(step, landing(model, 3)!, layer)
    expect(text).toContain(`Input (1, 0) = ${step.x} stamps ${step.x} × kernel`)
    expect(text).toContain('rows 1 to 3, columns −1 to 1')
    expect(text).toContain('3 cells of its 9 fall outside the dashed crop')
    expect(text).toContain('where earlier stamps already wrote')
  })

  it('writes the output-size formula with the numbers, and its result only when it fits', () => {
    expect(sizeTex(layer, model.fit)).toContain('(3-1)\\cdot 2 - 2\\cdot 1 + 3 + 0 = 5')
    const bad = runStamps(
      { ...layer, size: 1, kernel: 1, padding: 1 },
      { input: [[1]], kernel: [[1]] },
    )
    expect(sizeTex({ ...layer, size: 1, kernel: 1, padding: 1 }, bad.fit)).not.toMatch(/= -?\d+$/)
  })
})

describe('presets', () => {
  it('builds the bilinear tent whose stride-2 stamps interpolate', () => {
    expect(tent(3)).toEqual([0.5, 1, 0.5])
    expect(tent(4)).toEqual([0.25, 0.75, 0.75, 0.25])
    // A constant input stays constant inside the crop: the tent's stride-2 shifts sum to one.
    const layer = { size: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 0 }
    const ones = stampNumbers({ ...layer, input: 'ones', preset: 'bilinear', seed: 1 })
    const out = runStamps(layer, ones).output
    expect(out.slice(1, -1).flatMap((row) => row.slice(1, -1))).toEqual(Array(9).fill(1))
  })

  it('stamps the kernel itself for a single 1', () => {
    const layer = { size: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 0 }
    const numbers = stampNumbers({ ...layer, input: 'impulse', preset: 'random', seed: 7 })
    const model = runStamps(layer, numbers)
    expect(stampGrid(model.trace!.steps[4], 3)).toEqual(numbers.kernel)
  })
})
