/** A tiny task for testing the trainer itself: fit y = 2x₁ − 3x₂ + 1 with a linear layer. */
import { Linear, mseLoss, tensor } from '../../src/engine/index.ts'
import { defineTask } from '../../src/train/defineTask.ts'
import { batchRandom, initRandom } from '../../src/train/seeds.ts'
import type { Hyperparameters } from '../../src/train/task.ts'

export const toyHyper: Hyperparameters = {
  lr: 0.05,
  optimizer: 'adam',
  clip: 0,
  batchSize: 8,
  hidden: 1,
  truncation: 2,
  cell: 'rnn',
}

function batch(rng: { uniform(a: number, b: number): number }, n: number, scale = 1) {
  const xs: number[] = []
  const ys: number[] = []
  for (let k = 0; k < n; k++) {
    const [a, b] = [scale * rng.uniform(-1, 1), scale * rng.uniform(-1, 1)]
    xs.push(a, b)
    ys.push(2 * a - 3 * b + 1)
  }
  return { x: tensor(xs, [n, 2]), y: tensor(ys, [n, 1]) }
}

export const toyTask = defineTask<null>({
  id: 'toy',
  title: 'Toy regression',
  defaults: { hyper: toyHyper, settings: { scale: 1 } },
  tunable: ['lr', 'optimizer', 'clip'],
  budget: 160,
  validateEvery: 10,
  target: { metric: 'loss', split: 'validation', atMost: 0.01 },
  checkSettings(settings) {
    const scale = settings.scale ?? 1
    if (typeof scale !== 'number') throw new RangeError('scale must be a number')
    return { scale }
  },
  load: async () => null,
  build({ hyper, seed, settings }) {
    const scale = settings.scale as number
    const layer = new Linear(2, 1, { rng: initRandom(seed) })
    const fixed = batch(batchRandom(seed, -1), 64, scale)
    return {
      parameters: () => layer.parameters(),
      trainLoss(step) {
        const { x, y } = batch(batchRandom(seed, step), hyper.batchSize, scale)
        return { loss: mseLoss(layer.forward(x), y) }
      },
      validate: () => ({ loss: mseLoss(layer.forward(fixed.x), fixed.y).data[0] }),
      inspect(query) {
        if (query.kind !== 'weights') throw new RangeError(`unknown query ${query.kind}`)
        return Array.from(layer.weight.data)
      },
    }
  },
})
