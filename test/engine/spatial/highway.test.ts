/** describeStack's highway layer (deck 000): y = H(x) T(x) + x (1 - T(x)). */
import { describe, expect, it } from 'vitest'
import { describeStack, type LayerSpec } from '../../../src/engine/spatial.ts'

const highway = (c: number, k: number): LayerSpec => ({
  type: 'highway',
  transform: [{ type: 'conv', outChannels: c, kernel: k, padding: (k - 1) / 2 }],
  gate: [{ type: 'conv', outChannels: c, kernel: k, padding: (k - 1) / 2 }],
})

describe('highway layer', () => {
  it('keeps the shape and counts H and T as two layers of their own', () => {
    const t = describeStack([16, 8, 8], [highway(16, 3)])
    expect(t.error).toBeNull()
    expect(t.rows.map((r) => [r.name, r.output])).toEqual([
      ['highway1/H/conv1', [16, 8, 8]],
      ['highway1/T/conv1', [16, 8, 8]],
      ['highway1', [16, 8, 8]],
    ])
    // H and T: 3*3*16*16 weights + 16 biases each; the gating itself has no weights
    expect(t.totals.params).toBe(2 * (3 * 3 * 16 * 16 + 16))
    expect(t.rows[2].params).toBe(0)
    expect(t.totals.macs).toBe(2 * 8 * 8 * 16 * 16 * 3 * 3)
  })

  it('sees what its widest path sees', () => {
    const t = describeStack([4, 9, 9], [highway(4, 5), highway(4, 3)])
    expect(t.rows.map((r) => r.receptiveField![0])).toEqual([5, 5, 5, 7, 7, 7])
  })

  it('refuses an H that changes the shape, in words', () => {
    const t = describeStack(
      [4, 8, 8],
      [{ type: 'highway', transform: [{ type: 'conv', outChannels: 8, kernel: 1 }], gate: [] }],
    )
    expect(t.error?.layer).toBe('highway1')
    expect(t.error?.message).toContain('H(x) gives [8, 8, 8] but x is [4, 8, 8]')
  })
})
