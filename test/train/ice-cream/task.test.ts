import { describe, expect, it } from 'vitest'
import { fetchAssetFromDisk } from '../../../src/train/fetchAsset.node.ts'
import type { TaskSettings } from '../../../src/train/task.ts'
import type { IceCreamDays } from '../../../src/train/tasks/ice-cream/meta.ts'
import { iceCreamTask } from '../../../src/train/tasks/ice-cream/task.ts'
import { soldOutDays } from '../../../src/train/tasks/ice-cream/data.ts'
import { Trainer } from '../../../src/train/trainer.ts'

const { hyper, settings } = iceCreamTask.defaults

async function losses(seed: number, steps: number, s: TaskSettings = settings) {
  const trainer = await Trainer.create(
    iceCreamTask,
    { hyper, settings: s, seed },
    fetchAssetFromDisk,
  )
  return Array.from({ length: steps }, () => trainer.stepOnce().loss)
}

describe('ice-cream task', () => {
  it('is deterministic: same seed, same losses bit for bit; another seed differs', async () => {
    const a = await losses(1, 5)
    expect(await losses(1, 5)).toEqual(a)
    expect(await losses(2, 5)).not.toEqual(a)
  })

  it('checks settings in plain words', () => {
    expect(iceCreamTask.checkSettings({})).toEqual({ lookback: 3 })
    expect(iceCreamTask.checkSettings({ lookback: '5' })).toEqual({ lookback: 5 })
    for (const bad of [0, 8, 2.5, 'soon', NaN])
      expect(() => iceCreamTask.checkSettings({ lookback: bad })).toThrow(/whole number of days/)
  })

  it(`reaches the stated target within ${iceCreamTask.budget} steps`, async () => {
    const trainer = await Trainer.create(
      iceCreamTask,
      { hyper, settings, seed: 1 },
      fetchAssetFromDisk,
    )
    const before = trainer.validate()
    for (let s = 0; s < iceCreamTask.budget; s++) trainer.stepOnce()
    const after = trainer.validate()
    expect(after.loss).toBeLessThan(before.loss)
    expect(after.accuracy).toBeGreaterThanOrEqual(iceCreamTask.target.atLeast!)
  })

  it('shows validation days with the policy truth and a probability per day', async () => {
    const trainer = await Trainer.create(
      iceCreamTask,
      { hyper, settings: { lookback: 4 }, seed: 3 },
      fetchAssetFromDisk,
    )
    const days = trainer.inspect({ kind: 'days', count: 20 }) as IceCreamDays
    expect(days.lookback).toBe(4)
    expect(days.weather).toHaveLength(20)
    expect(days.soldOut).toEqual(Array.from(soldOutDays(days.weather, 4)))
    for (const p of days.pSoldOut) expect(p).toBeGreaterThan(0)
    for (const p of days.pSoldOut) expect(p).toBeLessThan(1)
    expect(() => trainer.inspect({ kind: 'weights' })).toThrow(RangeError)
    expect(() => trainer.inspect({ kind: 'days', count: -1 })).toThrow(RangeError)
  })
})
