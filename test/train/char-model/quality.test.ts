import { describe, expect, it } from 'vitest'
import { charModelChecks, charModelMeta } from '../../../src/train/tasks/char-model/meta.ts'
import { charTrainer } from './helpers.ts'

describe('char-model quality (defaults)', () => {
  it(`learns "hello" to the stated train accuracy within ${charModelChecks.helloSteps} steps`, async () => {
    const trainer = await charTrainer({ corpus: 'hello' })
    let last = trainer.stepOnce()
    while (trainer.step < charModelChecks.helloSteps) last = trainer.stepOnce()
    expect(charModelMeta.target).toMatchObject({ metric: 'accuracy', split: 'train' })
    expect(last.accuracy).toBeGreaterThanOrEqual(charModelMeta.target.atLeast)
    expect(trainer.validate().accuracy).toBeGreaterThanOrEqual(charModelMeta.target.atLeast)
  })

  it(`brings the sonnets' validation loss below the stated figure in ${charModelChecks.sonnetsSteps} steps`, async () => {
    const trainer = await charTrainer({ corpus: 'sonnets' })
    const start = trainer.validate().loss
    // An untrained model guesses about uniformly over the vocabulary: loss near ln V.
    const vocab = (trainer.inspect({ kind: 'next', prime: '' }) as { vocab: string }).vocab
    expect(Math.abs(start - Math.log(Array.from(vocab).length))).toBeLessThan(0.1)
    while (trainer.step < charModelChecks.sonnetsSteps) trainer.stepOnce()
    expect(trainer.validate().loss).toBeLessThanOrEqual(charModelChecks.sonnetsLoss)
  }, 60_000)
})
