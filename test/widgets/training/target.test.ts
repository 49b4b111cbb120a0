import { describe, expect, it } from 'vitest'
import { targetReached } from '../../../src/widgets/training/target.ts'

describe('targetReached', () => {
  const accuracy = { metric: 'accuracy', split: 'validation', atLeast: 0.9 } as const
  const loss = { metric: 'loss', split: 'train', atMost: 0.5 } as const

  it('says when an accuracy target is met on the right split', () => {
    expect(targetReached(accuracy, { train: null, validation: { loss: 1, accuracy: 0.95 } })).toBe(
      'validation accuracy reached 90%',
    )
    expect(
      targetReached(accuracy, {
        train: { loss: 1, accuracy: 1 },
        validation: { loss: 1, accuracy: 0.5 },
      }),
    ).toBeNull()
  })

  it('says when a loss target is met, and not before', () => {
    expect(targetReached(loss, { train: { loss: 0.4 }, validation: null })).toBe(
      'train loss fell to 0.500',
    )
    expect(targetReached(loss, { train: { loss: 0.6 }, validation: null })).toBeNull()
    expect(targetReached(loss, { train: { loss: NaN }, validation: null })).toBeNull()
  })
})
