/**
 * The decks' architecture arithmetic (AlexNet layer by layer, VGG's small filters, LeNet-5, a ResNet
 * block) through describeStack, with every expected number derived here from the layer formulas.
 */
import { describe, expect, it } from 'vitest'
import {
  convParams,
  describeStack,
  receptiveField,
  type LayerSpec,
} from '../../../src/engine/spatial.ts'

describe('deck 003: AlexNet (227 input), layer by layer', () => {
  const alexnet: LayerSpec[] = [
    { type: 'conv', name: 'CONV1', outChannels: 96, kernel: 11, stride: 4 },
    { type: 'pool', name: 'POOL1', kernel: 3, stride: 2 },
    { type: 'act', name: 'NORM1' },
    { type: 'conv', name: 'CONV2', outChannels: 256, kernel: 5, padding: 2 },
    { type: 'pool', name: 'POOL2', kernel: 3, stride: 2 },
    { type: 'act', name: 'NORM2' },
    { type: 'conv', name: 'CONV3', outChannels: 384, kernel: 3, padding: 1 },
    { type: 'conv', name: 'CONV4', outChannels: 384, kernel: 3, padding: 1 },
    { type: 'conv', name: 'CONV5', outChannels: 256, kernel: 3, padding: 1 },
    { type: 'pool', name: 'POOL3', kernel: 3, stride: 2 },
    { type: 'fc', name: 'FC6', outFeatures: 4096 },
    { type: 'fc', name: 'FC7', outFeatures: 4096 },
    { type: 'fc', name: 'FC8', outFeatures: 1000 },
  ]
  const table = describeStack([3, 227, 227], alexnet)

  it('gives 55, 27, 27, 13, 13, 13, 13, 6 spatially', () => {
    // CONV1 (227 - 11)/4 + 1 = 55; POOL1 (55 - 3)/2 + 1 = 27; CONV2 (27 + 4 - 5)/1 + 1 = 27;
    // POOL2 (27 - 3)/2 + 1 = 13; CONV3-5 (13 + 2 - 3)/1 + 1 = 13; POOL3 (13 - 3)/2 + 1 = 6
    expect(table.error).toBeNull()
    expect(table.rows.map((r) => [r.name, r.output])).toEqual([
      ['CONV1', [96, 55, 55]],
      ['POOL1', [96, 27, 27]],
      ['NORM1', [96, 27, 27]],
      ['CONV2', [256, 27, 27]],
      ['POOL2', [256, 13, 13]],
      ['NORM2', [256, 13, 13]],
      ['CONV3', [384, 13, 13]],
      ['CONV4', [384, 13, 13]],
      ['CONV5', [256, 13, 13]],
      ['POOL3', [256, 6, 6]],
      ['FC6', [4096]],
      ['FC7', [4096]],
      ['FC8', [1000]],
    ])
    expect(table.rows.every((r) => r.warnings.length === 0)).toBe(true)
  })

  it('CONV1 has (11*11*3)*96 = 34,848 weights (about 35K) and 96 biases; POOL1 has none', () => {
    expect(table.rows[0]).toMatchObject({ weights: 11 * 11 * 3 * 96, biases: 96 })
    expect(table.rows[0].weights).toBe(34848)
    expect(table.rows[1].params).toBe(0)
  })

  it('totals every layer: 62,378,344 parameters in the one-tower version', () => {
    const expected =
      11 * 11 * 3 * 96 +
      96 +
      (5 * 5 * 96 * 256 + 256) +
      (3 * 3 * 256 * 384 + 384) +
      (3 * 3 * 384 * 384 + 384) +
      (3 * 3 * 384 * 256 + 256) +
      (6 * 6 * 256 * 4096 + 4096) +
      (4096 * 4096 + 4096) +
      (4096 * 1000 + 1000)
    expect(table.totals.params).toBe(expected)
    expect(expected).toBe(62378344)
    // CONV1 multiply-adds: 55*55 outputs * 96 filters * 11*11*3 taps
    expect(table.rows[0].macs).toBe(55 * 55 * 96 * 363)
  })

  it('CONV1 sees 11 pixels, POOL1 11 + (3-1)*4 = 19, CONV2 19 + (5-1)*8 = 51', () => {
    expect(table.rows.slice(0, 4).map((r) => r.receptiveField![0])).toEqual([11, 19, 19, 51])
    expect(table.rows[3].jump).toEqual([8, 8])
  })
})

describe('decks 000/003: three 3x3 convolutions against one 7x7', () => {
  it('share the receptive field 1 + 2 + 2 + 2 = 7 (two 3x3: 5)', () => {
    const three = receptiveField([{ kernel: 3 }, { kernel: 3 }, { kernel: 3 }])
    expect(three.map((s) => s.receptiveField)).toEqual([3, 5, 7])
    expect(receptiveField([{ kernel: 7 }])[0].receptiveField).toBe(7)
  })

  it('need 3 * (3^2 C^2) = 27 C^2 weights against 7^2 C^2 = 49 C^2', () => {
    for (const C of [1, 64]) {
      const small = 3 * convParams(C, C, 3, false).weights
      const large = convParams(C, C, 7, false).weights
      expect(small).toBe(27 * C * C)
      expect(large).toBe(49 * C * C)
    }
    // deck 000's single-channel count: 3 * 9 = 27 weights against 49
    expect(3 * convParams(1, 1, 3, false).weights).toBe(27)
  })
})

describe('LeNet-5 and VGG-16 for the architecture table', () => {
  it('LeNet-5 (fully connected C3): 32 -> 28 -> 14 -> 10 -> 5 -> 1, 61,706 parameters', () => {
    const t = describeStack(
      [1, 32, 32],
      [
        { type: 'conv', outChannels: 6, kernel: 5 },
        { type: 'pool', mode: 'avg', kernel: 2 },
        { type: 'conv', outChannels: 16, kernel: 5 },
        { type: 'pool', mode: 'avg', kernel: 2 },
        { type: 'conv', outChannels: 120, kernel: 5 },
        { type: 'fc', outFeatures: 84 },
        { type: 'fc', outFeatures: 10 },
      ],
    )
    expect(t.rows.map((r) => r.output)).toEqual([
      [6, 28, 28],
      [6, 14, 14],
      [16, 10, 10],
      [16, 5, 5],
      [120, 1, 1],
      [84],
      [10],
    ])
    // 5*5*1*6 + 6 = 156; 5*5*6*16 + 16 = 2416; 5*5*16*120 + 120 = 48120; 120*84 + 84 = 10164; 84*10 + 10 = 850
    expect(t.totals.params).toBe(156 + 2416 + 48120 + 10164 + 850)
  })

  it('VGG-16: thirteen 3x3 convs and five pools take 224 to 7, 138,357,544 parameters', () => {
    const block = (c: number, n: number): LayerSpec[] => [
      ...Array.from({ length: n }, (): LayerSpec => ({
        type: 'conv',
        outChannels: c,
        kernel: 3,
        padding: 1,
      })),
      { type: 'pool', kernel: 2 },
    ]
    const t = describeStack(
      [3, 224, 224],
      [
        ...block(64, 2),
        ...block(128, 2),
        ...block(256, 3),
        ...block(512, 3),
        ...block(512, 3),
        { type: 'fc', outFeatures: 4096 },
        { type: 'fc', outFeatures: 4096 },
        { type: 'fc', outFeatures: 1000 },
      ],
    )
    expect(t.rows[17].output).toEqual([512, 7, 7])
    const conv = (c: number, k: number) => 9 * c * k + k
    const expected =
      conv(3, 64) +
      conv(64, 64) +
      conv(64, 128) +
      conv(128, 128) +
      conv(128, 256) +
      2 * conv(256, 256) +
      conv(256, 512) +
      2 * conv(512, 512) +
      3 * conv(512, 512) +
      (7 * 7 * 512 * 4096 + 4096) +
      (4096 * 4096 + 4096) +
      (4096 * 1000 + 1000)
    expect(t.totals.params).toBe(expected)
    expect(expected).toBe(138357544)
  })

  it('a ResNet bottleneck with a projection shortcut and an inception-style concat', () => {
    const t = describeStack(
      [64, 56, 56],
      [
        {
          type: 'residual',
          body: [
            { type: 'conv', outChannels: 64, kernel: 1, bias: false },
            { type: 'conv', outChannels: 64, kernel: 3, padding: 1, bias: false },
            { type: 'conv', outChannels: 256, kernel: 1, bias: false },
          ],
          shortcut: [{ type: 'conv', outChannels: 256, kernel: 1, bias: false }],
        },
        {
          type: 'concat',
          branches: [
            [{ type: 'conv', outChannels: 32, kernel: 1 }],
            [{ type: 'conv', outChannels: 16, kernel: 5 }],
          ],
        },
      ],
    )
    expect(t.error).toBeNull()
    // body 64*64 + 9*64*64 + 64*256 = 4096 + 36864 + 16384 = 57344; shortcut 64*256 = 16384
    const resRow = t.rows.find((r) => r.name === 'residual1')!
    expect(resRow.output).toEqual([256, 56, 56])
    // concat: 1x1 keeps 56, 5x5 unpadded gives 52; DepthConcat pads to 56 with 32 + 16 = 48 channels
    expect(t.output).toEqual([48, 56, 56])
    expect(t.totals.params).toBe(57344 + 16384 + (256 * 32 + 32) + (25 * 256 * 16 + 16))
  })
})
