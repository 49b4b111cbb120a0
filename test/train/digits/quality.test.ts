import { expect, it } from 'vitest'
import { fetchAssetFromDisk } from '../../../src/train/fetchAsset.node.ts'
import { Trainer } from '../../../src/train/trainer.ts'
import { digitsTask } from '../../../src/train/tasks/digits/task.ts'

it(`the defaults reach the stated validation accuracy within ${digitsTask.budget} steps`, async () => {
  const trainer = await Trainer.create(
    digitsTask,
    { ...digitsTask.defaults, seed: 1 },
    fetchAssetFromDisk,
  )
  for (let k = 0; k < digitsTask.budget; k++) trainer.stepOnce()
  const { accuracy } = trainer.validate()
  expect(digitsTask.target).toMatchObject({ metric: 'accuracy', split: 'validation' })
  expect(accuracy).toBeGreaterThanOrEqual(digitsTask.target.atLeast!)
}, 60_000)
