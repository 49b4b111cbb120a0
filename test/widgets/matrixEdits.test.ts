import { describe, expect, it } from 'vitest'
import { withBlock, withCell } from '../../src/widgets/matrixEdits.ts'

describe('matrix edits', () => {
  it('replaces one cell in a copy, and refuses a cell outside the matrix', () => {
    const rows = [
      [1, 2],
      [3, 4],
    ]
    expect(withCell(rows, 1, 0, 9)).toEqual([
      [1, 2],
      [9, 4],
    ])
    expect(rows[1][0]).toBe(3)
    expect(withCell(rows, 2, 0, 9)).toBeNull()
    expect(withCell(rows, 0, 5, 9)).toBeNull()
  })

  it('writes a pasted block from the top-left, keeping what it does not cover', () => {
    expect(withBlock([[1, 2, 3]], [[7], [8]])).toEqual([[7, 2, 3]])
    expect(
      withBlock(
        [
          [1, 2],
          [3, 4],
        ],
        [[5, 6, 7]],
      ),
    ).toEqual([
      [5, 6],
      [3, 4],
    ])
  })
})
