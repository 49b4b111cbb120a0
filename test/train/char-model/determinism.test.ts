import { describe, expect, it } from 'vitest'
import { CELLS } from '../../../src/train/task.ts'
import { charModel, charTrainer, losses } from './helpers.ts'

const sample = { kind: 'sample', prime: 'he', temperature: 1, length: 40 }

describe('char-model determinism', () => {
  it.each(CELLS)('gives bit-identical losses for the same seed with the %s cell', async (cell) => {
    const a = losses(await charTrainer({}, 3, { cell }), 5)
    const b = losses(await charTrainer({}, 3, { cell }), 5)
    expect(b).toEqual(a)
    expect(losses(await charTrainer({}, 4, { cell }), 5)).not.toEqual(a)
  })

  it('draws the same sample for the same seed and step, another at the next step', async () => {
    const { model: a } = await charModel({ corpus: 'sonnets' }, 2)
    const { model: b } = await charModel({ corpus: 'sonnets' }, 2)
    expect(b.inspect(sample, 7)).toEqual(a.inspect(sample, 7))
    // Same weights, another step number: another random stream for the draw.
    const text = (step: number) => (a.inspect(sample, step) as { text: string }).text
    expect(text(8)).not.toBe(text(7))
  })
})
