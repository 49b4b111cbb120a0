/**
 * The decks' convolution and pooling worked examples, recomputed by the engine. Inputs may be typed
 * from a deck; every expected value is derived here by hand from the definitions, with the arithmetic
 * written out, never copied from a slide.
 */
import { describe, expect, it } from 'vitest'
import {
  avgPool2d,
  conv1d,
  conv2d,
  convParams,
  convTranspose2d,
  depthConcat,
  fitPoolWindow,
  fitTransposed,
  fitWindow,
  maxPool2d,
  maxPool2dWithIndices,
  receptiveField,
} from '../../../src/engine/spatial.ts'
import { convolutionErrata } from '../../../src/engine/errata/convolution.ts'
import { ones, tensor, Tensor, zeros } from '../../../src/engine/tensor.ts'

describe('deck 004: 7x7 input, 3x3 filter, stride 1, 2, 3, zero padding', () => {
  it('stride 1 gives (7 - 3)/1 + 1 = 5, stride 2 gives (7 - 3)/2 + 1 = 3', () => {
    expect(fitWindow({ size: 7, kernel: 3, stride: 1 }).output).toBe(5)
    expect(fitWindow({ size: 7, kernel: 3, stride: 2 }).output).toBe(3)
    expect(conv2d(zeros([1, 1, 7, 7]), zeros([1, 1, 3, 3]), null, { stride: 2 }).shape).toEqual([
      1, 1, 3, 3,
    ])
  })

  it('stride 3 does not fit: (7 - 3)/3 + 1 = 2.33, and the geometry says so', () => {
    const fit = fitWindow({ size: 7, kernel: 3, stride: 3 })
    expect(fit.exact).toBeCloseTo(4 / 3 + 1, 12)
    expect(fit.exactFit).toBe(false)
    expect(fit.warnings[0]).toMatch(/stride 3 does not fit exactly/)
  })

  it('with a 1-pixel zero border, stride 3 fits: (7 + 2 - 3)/3 + 1 = 3', () => {
    const fit = fitWindow({ size: 7, kernel: 3, stride: 3, padding: 1 })
    expect(fit.output).toBe(3)
    expect(fit.exactFit).toBe(true)
  })
})

describe('decks 003/004: 32x32x3 input, ten 5x5 filters, stride 1, pad 2', () => {
  it('gives 32x32x10: (32 + 2*2 - 5)/1 + 1 = 32 (deck 004 drops the minus: erratum)', () => {
    expect(fitWindow({ size: 32, kernel: 5, padding: 2 }).exact).toBe((32 + 2 * 2 - 5) / 1 + 1)
    const slip = convolutionErrata.find((e) => e.printed.startsWith('(32 + 2 × 2 5)'))
    expect(slip?.correct).toBe('(32 + 2 × 2 − 5)/1 + 1 = 32')
    const y = conv2d(zeros([1, 3, 32, 32]), zeros([10, 3, 5, 5]), zeros([10]), { padding: 2 })
    expect(y.shape).toEqual([1, 10, 32, 32])
  })

  it('has 5*5*3 + 1 = 76 parameters per filter, 76 * 10 = 760 in all', () => {
    expect(convParams(3, 10, 5)).toEqual({ weights: 75 * 10, biases: 10, total: 76 * 10 })
  })
})

describe('deck 004: 2x2 max and average pooling, stride 2, on the 8x8 table', () => {
  // Input data typed from the deck's table (row by row).
  const table = [
    [0.88, 0.44, 0.14, 0.16, 0.37, 0.77, 0.96, 0.27],
    [0.19, 0.45, 0.57, 0.16, 0.63, 0.29, 0.71, 0.7],
    [0.66, 0.26, 0.82, 0.64, 0.54, 0.73, 0.59, 0.26],
    [0.85, 0.34, 0.76, 0.84, 0.29, 0.75, 0.62, 0.25],
    [0.32, 0.74, 0.21, 0.39, 0.34, 0.03, 0.33, 0.48],
    [0.2, 0.14, 0.16, 0.13, 0.73, 0.65, 0.96, 0.32],
    [0.19, 0.69, 0.09, 0.86, 0.88, 0.07, 0.01, 0.48],
    [0.83, 0.24, 0.97, 0.04, 0.24, 0.35, 0.5, 0.91],
  ]
  const x = () => tensor([[table]], undefined, { requiresGrad: true })

  it('max pooling keeps the largest of each 2x2 block, and the gradient goes back to it', () => {
    // block (0,0): 0.88 0.44 / 0.19 0.45 -> 0.88;   (0,1): 0.14 0.16 / 0.57 0.16 -> 0.57
    // block (0,2): 0.37 0.77 / 0.63 0.29 -> 0.77;   (0,3): 0.96 0.27 / 0.71 0.70 -> 0.96
    // block (1,0): 0.66 0.26 / 0.85 0.34 -> 0.85;   (1,1): 0.82 0.64 / 0.76 0.84 -> 0.84
    // block (1,2): 0.54 0.73 / 0.29 0.75 -> 0.75;   (1,3): 0.59 0.26 / 0.62 0.25 -> 0.62
    // block (2,0): 0.32 0.74 / 0.20 0.14 -> 0.74;   (2,1): 0.21 0.39 / 0.16 0.13 -> 0.39
    // block (2,2): 0.34 0.03 / 0.73 0.65 -> 0.73;   (2,3): 0.33 0.48 / 0.96 0.32 -> 0.96
    // block (3,0): 0.19 0.69 / 0.83 0.24 -> 0.83;   (3,1): 0.09 0.86 / 0.97 0.04 -> 0.97
    // block (3,2): 0.88 0.07 / 0.24 0.35 -> 0.88;   (3,3): 0.01 0.48 / 0.50 0.91 -> 0.91
    const input = x()
    const { output, indices } = maxPool2dWithIndices(input, 2, { stride: 2 })
    expect(output.shape).toEqual([1, 1, 4, 4])
    expect(Array.from(output.data)).toEqual([
      0.88, 0.57, 0.77, 0.96, 0.85, 0.84, 0.75, 0.62, 0.74, 0.39, 0.73, 0.96, 0.83, 0.97, 0.88,
      0.91,
    ])
    // the winners' positions (row, col) in the 8x8 input, read off the blocks above
    const winners = [
      [0, 0],
      [1, 2],
      [0, 5],
      [0, 6],
      [3, 0],
      [3, 3],
      [3, 5],
      [3, 6],
      [4, 1],
      [4, 3],
      [5, 4],
      [5, 6],
      [7, 0],
      [7, 2],
      [6, 4],
      [7, 7],
    ]
    expect(Array.from(indices)).toEqual(winners.map(([r, c]) => r * 8 + c))
    output.backward(Array.from({ length: 16 }, (_, i) => i + 1))
    const expected = new Array(64).fill(0)
    winners.forEach(([r, c], i) => (expected[r * 8 + c] = i + 1))
    expect(Array.from(input.grad!)).toEqual(expected)
  })

  it('average pooling takes the mean of each block, and spreads the gradient in quarters', () => {
    // (0.88 + 0.44 + 0.19 + 0.45)/4 = 1.96/4 = 0.49;  (0.14 + 0.16 + 0.57 + 0.16)/4 = 1.03/4 = 0.2575
    // (0.37 + 0.77 + 0.63 + 0.29)/4 = 2.06/4 = 0.515; (0.96 + 0.27 + 0.71 + 0.70)/4 = 2.64/4 = 0.66
    // (0.66 + 0.26 + 0.85 + 0.34)/4 = 2.11/4 = 0.5275; (0.82 + 0.64 + 0.76 + 0.84)/4 = 3.06/4 = 0.765
    // (0.54 + 0.73 + 0.29 + 0.75)/4 = 2.31/4 = 0.5775; (0.59 + 0.26 + 0.62 + 0.25)/4 = 1.72/4 = 0.43
    // (0.32 + 0.74 + 0.20 + 0.14)/4 = 1.40/4 = 0.35;  (0.21 + 0.39 + 0.16 + 0.13)/4 = 0.89/4 = 0.2225
    // (0.34 + 0.03 + 0.73 + 0.65)/4 = 1.75/4 = 0.4375; (0.33 + 0.48 + 0.96 + 0.32)/4 = 2.09/4 = 0.5225
    // (0.19 + 0.69 + 0.83 + 0.24)/4 = 1.95/4 = 0.4875; (0.09 + 0.86 + 0.97 + 0.04)/4 = 1.96/4 = 0.49
    // (0.88 + 0.07 + 0.24 + 0.35)/4 = 1.54/4 = 0.385; (0.01 + 0.48 + 0.50 + 0.91)/4 = 1.90/4 = 0.475
    const expected = [
      0.49, 0.2575, 0.515, 0.66, 0.5275, 0.765, 0.5775, 0.43, 0.35, 0.2225, 0.4375, 0.5225, 0.4875,
      0.49, 0.385, 0.475,
    ]
    const input = x()
    const y = avgPool2d(input, 2, { stride: 2 })
    y.data.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12))
    y.backward(new Array(16).fill(1))
    expect(Array.from(input.grad!)).toEqual(new Array(64).fill(0.25))
  })
})

describe('deck 001: 3x3 max filter with no overlap on a 98x98 map', () => {
  it('gives 32x32 by the floor rule and 33x33 when the partial last window is kept', () => {
    // 98 = 32*3 + 2: (98 - 3)/3 + 1 = 32.67. The slide's 33x33 keeps the 33rd window, which holds
    // only the last 2 rows/columns (PyTorch's ceil_mode); PyTorch's default floors to 32.
    expect(fitPoolWindow({ size: 98, kernel: 3, stride: 3 }).output).toBe(32)
    expect(fitPoolWindow({ size: 98, kernel: 3, stride: 3, ceilMode: true }).output).toBe(33)
    expect(maxPool2d(zeros([1, 1, 98, 98]), 3, { ceilMode: true }).shape).toEqual([1, 1, 33, 33])
  })
})

describe('deck 000: DepthConcat of 14x14x2 and 16x16x3', () => {
  it('gives 16x16x(2 + 3) = 16x16x5, the smaller map centred one pixel in', () => {
    const a = ones([1, 2, 14, 14])
    const b = ones([1, 3, 16, 16])
    const y = depthConcat([a, b])
    expect(y.shape).toEqual([1, 5, 16, 16])
    // (16 - 14)/2 = 1 zero row and column on every side of A's channels
    expect(y.get(0, 0, 0, 5)).toBe(0)
    expect(y.get(0, 1, 15, 5)).toBe(0)
    expect(y.get(0, 0, 1, 1)).toBe(1)
    expect(y.get(0, 1, 14, 14)).toBe(1)
    expect(y.get(0, 4, 0, 0)).toBe(1)
    // 2*14*14 ones from A plus 3*16*16 from B
    expect(y.data.reduce((s, v) => s + v, 0)).toBe(2 * 14 * 14 + 3 * 16 * 16)
  })
})

describe('deck 001: transposed convolution, 3x3 filter, stride 2, pad 1', () => {
  it('upsamples 2x2 to (2-1)*2 - 2*1 + 3 = 3, or 4 with output padding 1', () => {
    expect(fitTransposed({ size: 2, kernel: 3, stride: 2, padding: 1 }).output).toBe(3)
    expect(
      fitTransposed({ size: 2, kernel: 3, stride: 2, padding: 1, outputPadding: 1 }).output,
    ).toBe(4)
    // and the convolution it undoes maps 4 back to floor((4 + 2 - 3)/2) + 1 = 2
    expect(fitWindow({ size: 4, kernel: 3, stride: 2, padding: 1 }).output).toBe(2)
  })

  it('stamps input-scaled kernels that overlap and add (kernel of ones)', () => {
    // input (i, j) stamps rows 2i-1..2i+1 and columns 2j-1..2j+1, cropped to 0..3:
    // 1 at (0,0) -> rows 0-1, cols 0-1;  2 at (0,1) -> rows 0-1, cols 1-3
    // 3 at (1,0) -> rows 1-3, cols 0-1;  4 at (1,1) -> rows 1-3, cols 1-3
    // row 0: 1, 1+2, 2, 2;  row 1: 1+3, 1+2+3+4, 2+4, 2+4;  rows 2 and 3: 3, 3+4, 4, 4
    const y = convTranspose2d(
      tensor([
        [
          [
            [1, 2],
            [3, 4],
          ],
        ],
      ]),
      ones([1, 1, 3, 3]),
      null,
      {
        stride: 2,
        padding: 1,
        outputPadding: 1,
      },
    )
    expect(y.toArray()).toEqual([
      [
        [
          [1, 3, 2, 2],
          [4, 10, 6, 6],
          [3, 7, 4, 4],
          [3, 7, 4, 4],
        ],
      ],
    ])
  })
})

describe('deck 002: TCN with dilated causal convolutions, d = 1, 2, 4, k = 3', () => {
  const layers = [1, 2, 4].map((d) => ({ kernel: 3, dilation: d }))

  it('has a receptive field of 1 + 2*1 + 2*2 + 2*4 = 15', () => {
    expect(receptiveField(layers).map((s) => s.receptiveField)).toEqual([3, 7, 15])
  })

  it('the last output of the stack really depends on exactly the last 15 inputs', () => {
    const T = 20
    const x = new Tensor(new Float64Array(T).fill(1), [1, 1, T], { requiresGrad: true })
    let h = x
    for (const { dilation } of layers)
      h = conv1d(h, ones([1, 1, 3]), null, { padding: 'causal', dilation })
    expect(h.shape).toEqual([1, 1, T])
    const seed = new Array(T).fill(0)
    seed[T - 1] = 1
    h.backward(seed)
    const reached = Array.from(x.grad!)
      .map((g, t) => (g !== 0 ? t : -1))
      .filter((t) => t >= 0)
    expect(reached).toEqual(Array.from({ length: 15 }, (_, i) => T - 15 + i))
  })
})

describe('decks 000/001: 1x1 convolutions change the depth only', () => {
  it('maps depth 3 to depth 2 pixel by pixel: y = W x + b', () => {
    // pixel (0, 0) has channels [1, 2, 3]; filter 0 = [1, 0, -1], filter 1 = [0.5, 0.5, 0.5], bias [0, 1]
    // y0 = 1*1 + 0*2 - 1*3 + 0 = -2;  y1 = 0.5*(1 + 2 + 3) + 1 = 4
    const x = tensor([[[[1, 4]], [[2, 5]], [[3, 6]]]])
    const w = tensor([
      [[[1]], [[0]], [[-1]]],
      [[[0.5]], [[0.5]], [[0.5]]],
    ])
    const y = conv2d(x, w, tensor([0, 1]))
    expect(y.shape).toEqual([1, 2, 1, 2])
    // pixel (0, 1): channels [4, 5, 6] -> 4 - 6 = -2 and 0.5*15 + 1 = 8.5
    expect(y.toArray()).toEqual([[[[-2, -2]], [[4, 8.5]]]])
    // C*K weights + K biases: 3*2 + 2 = 8
    expect(convParams(3, 2, 1).total).toBe(8)
  })
})
