import { describe, expect, it } from 'vitest'
import { fetchAssetFromDisk } from '../../../src/train/fetchAsset.node.ts'
import { Trainer } from '../../../src/train/trainer.ts'
import type { CountingGeneralisation } from '../../../src/train/tasks/counting/inspect.ts'
import { COUNTING_DEFAULTS } from '../../../src/train/tasks/counting/meta.ts'
import { countingTask } from '../../../src/train/tasks/counting/task.ts'

const run = (seed: number) =>
  Trainer.create(
    countingTask,
    { hyper: COUNTING_DEFAULTS.hyper, settings: COUNTING_DEFAULTS.settings, seed },
    fetchAssetFromDisk,
  )

const losses = (trainer: Trainer, n: number) =>
  Array.from({ length: n }, () => trainer.stepOnce().loss)

describe('counting training', () => {
  it('is deterministic: the same seed gives the same losses, another seed others', async () => {
    const first = losses(await run(11), 5)
    expect(losses(await run(11), 5)).toEqual(first)
    expect(losses(await run(12), 5)).not.toEqual(first)
  })

  it('reaches its stated target within its budget with the defaults (an LSTM)', async () => {
    const trainer = await run(1)
    const before = trainer.validate()
    for (let k = 0; k < countingTask.budget; k++) trainer.stepOnce()
    const after = trainer.validate()
    const { metric, atLeast } = countingTask.target
    expect(after[metric]).toBeGreaterThanOrEqual(atLeast!)
    expect(after.loss).toBeLessThan(before.loss)
    // Every string in the training range is right, so the per-n strip agrees with the validation.
    const g = trainer.inspect({ kind: 'generalisation' }) as CountingGeneralisation
    const inRange = g.rows.filter((r) => r.n <= g.maxN)
    expect(inRange.filter((r) => r.correct).length / inRange.length).toBe(after.accuracy)
  })
})
