import { describe, expect, it } from 'vitest'
import { fetchAssetFromDisk } from '../../../src/train/fetchAsset.node.ts'
import type { TaskSettings } from '../../../src/train/task.ts'
import type { AccuracyByK } from '../../../src/train/tasks/long-memory/meta.ts'
import { longMemoryTask } from '../../../src/train/tasks/long-memory/task.ts'
import { Trainer } from '../../../src/train/trainer.ts'

const { hyper, settings } = longMemoryTask.defaults
const quick: TaskSettings = { ...settings, longest: '8' }

const create = (seed: number, s: TaskSettings = settings) =>
  Trainer.create(longMemoryTask, { hyper, settings: s, seed }, fetchAssetFromDisk)

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

describe('long-memory task', () => {
  it('is deterministic: same seed, same losses bit for bit; another seed differs', async () => {
    const losses = async (seed: number) => {
      const t = await create(seed, quick)
      return Array.from({ length: 5 }, () => t.stepOnce().loss)
    }
    const a = await losses(1)
    expect(await losses(1)).toEqual(a)
    expect(await losses(2)).not.toEqual(a)
  })

  it('checks settings in plain words', () => {
    expect(longMemoryTask.checkSettings({})).toEqual(settings)
    expect(() => longMemoryTask.checkSettings({ symbols: 1 })).toThrow(/symbols.*from 2 to 8/)
    expect(() => longMemoryTask.checkSettings({ longest: '12' })).toThrow(/one of 8, 16, 32/)
    expect(() => longMemoryTask.checkSettings({ forgetBias: -1 })).toThrow(/forget-gate bias/)
  })

  it('answers accuracy by k for both cells, starting near chance', async () => {
    const t = await create(3)
    const a = t.inspect({ kind: 'accuracyByK' }) as AccuracyByK
    expect(a.ks).toEqual([2, 4, 8, 16, 32])
    expect(a.chance).toBe(1 / 4)
    for (const cell of ['rnn', 'lstm'] as const) {
      expect(a.accuracy[cell]).toHaveLength(5)
      // 128 validation sequences per k: an untrained model guesses within a wide band of chance.
      for (const acc of a.accuracy[cell]) expect(Math.abs(acc - a.chance)).toBeLessThan(0.2)
    }
    expect(() => t.inspect({ kind: 'days' })).toThrow(RangeError)
  })

  it('every sub-model gets a gradient from the mean loss', () => {
    const model = longMemoryTask.build({ hyper, settings: quick, seed: 5, data: null })
    const params = model.parameters()
    params.forEach((p) => p.zeroGrad())
    model.trainLoss(0).loss.backward()
    // 2 cells x 3 delays, each a recurrent layer (4 tensors) and a Linear readout (2).
    expect(params).toHaveLength(2 * 3 * 6)
    expect(params.every((p) => p.grad && p.grad.some((g) => g !== 0))).toBe(true)
  })

  it(`reaches the stated target within ${longMemoryTask.budget} steps, the LSTM ahead of the RNN`, async () => {
    const t = await create(1)
    for (let s = 0; s < longMemoryTask.budget; s++) t.stepOnce()
    expect(t.validate().accuracy).toBeGreaterThanOrEqual(longMemoryTask.target.atLeast!)
    const a = t.inspect({ kind: 'accuracyByK' }) as AccuracyByK
    expect(mean(a.accuracy.lstm)).toBeGreaterThan(mean(a.accuracy.rnn))
    // The shortest delay is easy for both.
    expect(a.accuracy.rnn[0]).toBeGreaterThan(0.9)
    expect(a.accuracy.lstm[0]).toBeGreaterThan(0.9)
  }, 60_000)
})
