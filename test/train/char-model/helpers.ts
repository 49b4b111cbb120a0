/** Builds trainers of the character model for the tests, with assets read from public/. */
import { fetchAssetFromDisk } from '../../../src/train/fetchAsset.node.ts'
import type { Hyperparameters, TaskSettings } from '../../../src/train/task.ts'
import type { CharData } from '../../../src/train/tasks/char-model/data.ts'
import { charModelTask } from '../../../src/train/tasks/char-model/task.ts'
import { Trainer } from '../../../src/train/trainer.ts'

/** A trainer at step 0 on the task's defaults, overridden by `hyper` and `settings`. */
export function charTrainer(
  settings: TaskSettings = {},
  seed = 1,
  hyper: Partial<Hyperparameters> = {},
): Promise<Trainer> {
  return Trainer.create(
    charModelTask,
    {
      hyper: { ...charModelTask.defaults.hyper, ...hyper },
      settings: { ...charModelTask.defaults.settings, ...settings },
      seed,
    },
    fetchAssetFromDisk,
  )
}

/** The losses of the next `n` steps. */
export function losses(trainer: Trainer, n: number): number[] {
  return Array.from({ length: n }, () => trainer.stepOnce().loss)
}

/** A freshly built model (no trainer) and its data, for asking it questions at any step number. */
export async function charModel(settings: TaskSettings = {}, seed = 1) {
  const checked = charModelTask.checkSettings({ ...charModelTask.defaults.settings, ...settings })
  const data = (await charModelTask.load(fetchAssetFromDisk, checked)) as CharData
  const hyper = charModelTask.defaults.hyper
  return { model: charModelTask.build({ hyper, settings: checked, seed, data }), data }
}
