import { describe, expect, it } from 'vitest'
import { tensor } from '../../../src/engine/index.ts'
import { avgPoolSteps, maxPoolSteps } from '../../../src/trace/poolSteps.ts'
import { poolSentence } from '../../../src/widgets/PoolStepper/Working.tsx'

// A 4×4 map whose windows have known winners: the largest of each 2×2 block, found by reading.
const x = tensor([1, 5, 2, 0, 3, 4, 8, 1, 0, 2, 6, 7, 9, 1, 3, 3], [1, 1, 4, 4])

describe('poolSentence', () => {
  it('says where the output cell is, its value and where the winner sat', () => {
    const { steps } = maxPoolSteps(x, [2, 2], { stride: [2, 2] })
    expect(poolSentence(steps[1], 'max', 2, 4)).toBe(
      'Output row 1, column 2: 8, the largest of the 4 values in its window, at input row 2, column 3.',
    )
  })

  it('names the mean for average pooling, with no winner', () => {
    const { steps } = avgPoolSteps(x, [2, 2], { stride: [2, 2] })
    expect(poolSentence(steps[3], 'avg', 2, 4)).toBe(
      `Output row 2, column 2: ${(6 + 7 + 3 + 3) / 4}, the mean of the 4 values in its window.`,
    )
  })
})
