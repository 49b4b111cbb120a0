import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  convParams,
  describeStack,
  fitPoolWindow,
  fitTransposed,
  fitWindow,
  outputSize,
  windowTaps,
  receptiveField,
} from '../../../src/engine/spatial.ts'

describe('fitWindow', () => {
  it('agrees with counting window positions one by one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (W, F, S, before, after, D) => {
          const fit = fitWindow({
            size: W,
            kernel: F,
            stride: S,
            padBefore: before,
            padAfter: after,
            dilation: D,
          })
          // count start positions whose last tap stays inside the padded input
          let count = 0
          let last = -1
          for (let start = 0; start + D * (F - 1) < W + before + after; start += S) {
            count++
            last = start + D * (F - 1)
          }
          expect(fit.output).toBe(count)
          expect(fit.valid).toBe(count > 0)
          if (count > 0) expect(fit.dropped).toBe(W + before + after - 1 - last)
          expect(fit.exactFit).toBe(count > 0 && last === W + before + after - 1)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('says in words why 7 by 3 at stride 3 does not fit, and floors like PyTorch', () => {
    const fit = fitWindow({ size: 7, kernel: 3, stride: 3 })
    expect(fit.exact).toBeCloseTo(7 / 3, 12) // (7 - 3)/3 + 1 = 4/3 + 1 = 2.33
    expect(fit.output).toBe(2)
    expect(fit.valid).toBe(true)
    expect(fit.exactFit).toBe(false)
    expect(fit.dropped).toBe(1)
    expect(fit.warnings[0]).toBe(
      'stride 3 does not fit exactly: (7 - 3) / 3 + 1 = 2.33, so the output is rounded down to 2 and the last 1 cell is never covered',
    )
  })

  it('rejects bad sizes and a kernel larger than the padded input', () => {
    expect(fitWindow({ size: 0, kernel: 3 }).errors).toEqual([
      'input size must be at least 1, got 0',
    ])
    expect(fitWindow({ size: 5, kernel: 2.5 }).errors).toEqual([
      'kernel size must be a whole number, got 2.5',
    ])
    expect(fitWindow({ size: 5, kernel: 3, stride: -1 }).errors).toEqual([
      'stride must be at least 1, got -1',
    ])
    expect(fitWindow({ size: 5, kernel: 3, dilation: NaN }).errors).toEqual([
      'dilation must be a finite number, got NaN',
    ])
    expect(fitWindow({ size: 3, kernel: 5, padding: 0 }).errors).toEqual([
      'the kernel (5) is larger than the input (3), so no window fits',
    ])
    expect(fitWindow({ size: 3, kernel: 3, dilation: 3, padding: 1 }).errors).toEqual([
      'the 3-tap kernel with dilation 3 spans 7 cells is larger than the padded input (3 + 2 = 5), so no window fits',
    ])
    expect(() => outputSize(3, 5)).toThrow('the kernel (5) is larger than the input (3)')
  })

  it('lists the input cells under every window, padding as out-of-range indices', () => {
    expect(windowTaps({ size: 7, kernel: 3, stride: 3 })).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ])
    expect(windowTaps({ size: 7, kernel: 3, stride: 3, padding: 1 })).toEqual([
      [-1, 0, 1],
      [2, 3, 4],
      [5, 6, 7],
    ])
    expect(windowTaps({ size: 5, kernel: 2, dilation: 3 })).toEqual([
      [0, 3],
      [1, 4],
    ])
    expect(windowTaps({ size: 2, kernel: 3 })).toEqual([])
  })

  it('pooling allows padding of at most half the window', () => {
    expect(fitPoolWindow({ size: 4, kernel: 2, padding: 1 }).valid).toBe(true)
    expect(fitPoolWindow({ size: 4, kernel: 2, padding: 2 }).errors[0]).toMatch(
      /padding 2 is more than half/,
    )
  })

  it('transposed output size (W-1)S - 2P + D(F-1) + output_padding + 1', () => {
    // 2 -> (2-1)*2 - 2*1 + 1*(3-1) + 1 + 1 = 4, the deck's 3x3 stride 2 pad 1 upsampling
    expect(
      fitTransposed({ size: 2, kernel: 3, stride: 2, padding: 1, outputPadding: 1 }).output,
    ).toBe(4)
    expect(
      fitTransposed({ size: 2, kernel: 3, stride: 2, padding: 1, outputPadding: 2 }).errors[0],
    ).toMatch(/output padding 2 must be smaller than the stride \(2\) or the dilation \(1\)/)
    expect(fitTransposed({ size: 1, kernel: 1, padding: 1 }).errors[0]).toMatch(
      /crops away the whole output/,
    )
  })
})

describe('parameters and receptive field', () => {
  it('counts weights and biases apart: F*F*D*K + K', () => {
    expect(convParams(3, 10, 5)).toEqual({ weights: 5 * 5 * 3 * 10, biases: 10, total: 760 })
    expect(convParams(3, 10, [5, 5], false)).toEqual({ weights: 750, biases: 0, total: 750 })
    expect(() => convParams(0, 10, 5)).toThrow('inChannels must be a whole number >= 1, got 0')
  })

  it('follows r_out = r_in + (k-1) d j_in, j_out = j_in s', () => {
    const states = receptiveField([
      { kernel: 3, stride: 2, padding: 1 },
      { kernel: 3, stride: 2, padding: 1 },
      { kernel: 3, dilation: 2, padding: 2 },
    ])
    // r: 1 + 2*1 = 3; 3 + 2*2 = 7; 7 + 2*2*4 = 23. j: 2, 4, 4. start: 0 + (1 - 1)*1 = 0; 0 + 0*2 = 0; 0 + (2 - 2)*4 = 0
    expect(states).toEqual([
      { receptiveField: 3, jump: 2, start: 0 },
      { receptiveField: 7, jump: 4, start: 0 },
      { receptiveField: 23, jump: 4, start: 0 },
    ])
    // unpadded 3x3 at stride 1 moves the first field's centre one pixel in: start 0 + (1 - 0)*1 = 1
    expect(receptiveField([{ kernel: 3 }])[0].start).toBe(1)
  })
})

describe('describeStack', () => {
  it('reports which layer does not fit and stops there', () => {
    const t = describeStack(
      [1, 7, 7],
      [
        { type: 'conv', outChannels: 2, kernel: 3 },
        { type: 'conv', outChannels: 2, kernel: 7 },
      ],
    )
    expect(t.rows).toHaveLength(1)
    expect(t.error?.layer).toBe('conv2')
    expect(t.error?.message).toMatch(
      /conv2 on \[2, 5, 5\]: height: the kernel \(7\) is larger than the input \(5\)/,
    )
  })

  it('names the layer whose counts are bad', () => {
    const t = describeStack([3, 8, 8], [{ type: 'conv', outChannels: 0, kernel: 3 }])
    expect(t.error).toEqual({
      layer: 'conv1',
      message: 'conv1: outChannels must be a whole number >= 1, got 0',
    })
    expect(describeStack([3, 0, 8], []).error?.message).toMatch(/input must be \[C, H, W\]/)
  })

  it('carries a non-exact stride as a warning', () => {
    const t = describeStack([1, 7, 7], [{ type: 'conv', outChannels: 1, kernel: 3, stride: 3 }])
    expect(t.error).toBeNull()
    expect(t.rows[0].output).toEqual([1, 2, 2])
    expect(t.rows[0].warnings).toHaveLength(2)
  })

  it('adds residual branches only when their shapes match', () => {
    const ok = describeStack(
      [8, 10, 10],
      [
        {
          type: 'residual',
          body: [
            { type: 'conv', outChannels: 8, kernel: 3, padding: 1 },
            { type: 'act', name: 'relu' },
            { type: 'conv', outChannels: 8, kernel: 3, padding: 1 },
          ],
        },
      ],
    )
    // two 3x3 convs 8 -> 8: 2 * (3*3*8*8 + 8) = 2 * 584 = 1168
    expect(ok.totals.params).toBe(1168)
    expect(ok.output).toEqual([8, 10, 10])
    expect(ok.rows.map((r) => r.name)).toEqual([
      'residual1/body/conv1',
      'residual1/body/relu',
      'residual1/body/conv2',
      'residual1',
    ])
    const bad = describeStack(
      [8, 10, 10],
      [
        {
          type: 'residual',
          body: [{ type: 'conv', outChannels: 16, kernel: 3, stride: 2, padding: 1 }],
        },
      ],
    )
    expect(bad.error?.message).toMatch(
      /the body gives \[16, 5, 5\] but the shortcut gives \[8, 10, 10\]/,
    )
  })
})
