import { describe, expect, it } from 'vitest'
import { describeStack, type LayerSpec } from '../../../src/engine/index.ts'
import { ARCHS } from '../../../src/widgets/ArchitectureTable/architectures.ts'
import { archTable, fieldValue } from '../../../src/widgets/ArchitectureTable/model.ts'
import { ARCHITECTURES } from '../../../src/widgets/ArchitectureTable/schema.ts'

const outSize = (w: number, k: number, s: number, p: number) => Math.floor((w + 2 * p - k) / s) + 1

describe('archTable', () => {
  for (const name of ARCHITECTURES) {
    it(`${name}: computes every row, each paired with the layer it describes`, () => {
      const { table, entries } = archTable(name, {})
      expect(table.error).toBeNull()
      expect(entries.length).toBe(table.rows.length)
      for (const e of entries) expect(e.row!.name.endsWith(e.spec.name ?? '')).toBe(true)
      expect(entries.map((e) => e.depth)).toEqual(table.rows.map((r) => r.depth))
    })
  }

  it('AlexNet: an edited stride changes that row and every later one, as describeStack on the edited list', () => {
    const { entries, table } = archTable('alexnet', { '0.stride': 2 })
    expect(entries[0].row!.output).toEqual([96, outSize(227, 11, 2, 0), outSize(227, 11, 2, 0)])
    const edited: LayerSpec[] = ARCHS.alexnet.layers.map((l, i) =>
      i === 0 ? { ...l, stride: 2 } : l,
    )
    const direct = describeStack([3, 227, 227], edited)
    expect(table.rows.map((r) => r.output)).toEqual(direct.rows.map((r) => r.output))
    expect(table.totals).toEqual(direct.totals)
    expect(table.totals.params).toBeGreaterThan(archTable('alexnet', {}).table.totals.params)
  })

  it('AlexNet: 227 -> 55 -> 27 by (W - F + 2P)/S + 1', () => {
    const { entries } = archTable('alexnet', {})
    const c1 = outSize(227, 11, 4, 0)
    expect(entries[0].row!.output[1]).toBe(c1)
    expect(entries[1].row!.output[1]).toBe(outSize(c1, 3, 2, 0))
  })

  it('an input edit reaches every row; a map too small says which layer and why', () => {
    const { table } = archTable('lenet5', { 'input.1': 28, 'input.2': 28 })
    expect(table.error?.layer).toBe('C5')
    expect(table.error?.message).toContain('larger than the input (4)')
    expect(table.rows.length).toBe(4)
  })

  it('VGG-16: total parameters equal the sum of F·F·C_in·C_out + C_out and fc products', () => {
    let [c, hw, total] = [3, 224, 0]
    for (const [out, n] of [
      [64, 2],
      [128, 2],
      [256, 3],
      [512, 3],
      [512, 3],
    ]) {
      for (let i = 0; i < n; i++) [total, c] = [total + 9 * c * out + out, out]
      hw /= 2
    }
    let features = c * hw * hw
    for (const out of [4096, 4096, 1000]) [total, features] = [total + features * out + out, out]
    expect(archTable('vgg16', {}).table.totals.params).toBe(total)
  })

  it('DepthConcat: 14×14×2 and 16×16×3 stack to 16×16×5', () => {
    const { entries, table } = archTable('depthconcat', {})
    expect(entries.map((e) => e.row!.output)).toEqual([
      [2, 14, 14],
      [3, 16, 16],
      [5, 16, 16],
    ])
    expect(table.output).toEqual([2 + 3, 16, 16])
  })

  it('inception: the output depth is the sum of the last filters of its branches', () => {
    const block = ARCHS.inception.layers[0]
    if (block.type !== 'concat') throw new Error('not a concat')
    const depth = block.branches.reduce((a, b) => a + fieldValue(b[b.length - 1], 'outChannels'), 0)
    expect(archTable('inception', {}).table.output).toEqual([depth, 28, 28])
  })

  it('bottleneck: 1×1 down, 3×3, 1×1 up: 256·64 + 9·64·64 + 64·256 weights, no biases', () => {
    const { table } = archTable('bottleneck', {})
    expect(table.totals).toMatchObject({ weights: 256 * 64 + 9 * 64 * 64 + 64 * 256, biases: 0 })
  })

  it('a downsampling block whose shortcut keeps its stride 1 cannot be added, and says so', () => {
    const { entries } = archTable('resnet-down', {})
    const proj = entries.find((e) => e.spec.name === 'proj')!
    const { table } = archTable('resnet-down', { [`${proj.path}.stride`]: 1 })
    expect(table.error?.message).toContain(
      'the body gives [128, 28, 28] but the shortcut gives [128, 56, 56]',
    )
  })
})
