import { describe, expect, it } from 'vitest'
import { fetchAssetFromDisk } from '../../../src/train/fetchAsset.node.ts'
import { Trainer } from '../../../src/train/trainer.ts'
import { digitInk } from '../../../src/train/tasks/digits/data.ts'
import type {
  ConfusionAnswer,
  FeatureMapsAnswer,
  FiltersAnswer,
} from '../../../src/train/tasks/digits/inspect.ts'
import { digitsTask } from '../../../src/train/tasks/digits/task.ts'

const { hyper, settings } = digitsTask.defaults
const make = (seed: number, patch = {}) =>
  Trainer.create(digitsTask, { hyper: { ...hyper, ...patch }, settings, seed }, fetchAssetFromDisk)
const losses = (t: Trainer, n: number) => Array.from({ length: n }, () => t.stepOnce().loss)

describe('digits task settings', () => {
  it('fills in the default and refuses bad values in plain words', () => {
    expect(digitsTask.checkSettings({})).toEqual(settings)
    expect(digitsTask.checkSettings({ trainSize: 200 })).toEqual({ trainSize: 200 })
    expect(() => digitsTask.checkSettings({ trainSize: 5 })).toThrow(/whole number from 100/)
    expect(() => digitsTask.checkSettings({ trainSize: 'all' })).toThrow(RangeError)
    expect(() => digitsTask.checkSettings({ trainSize: 150.5 })).toThrow(/whole number/)
    expect(() => digitsTask.checkSettings({ colour: 'red' })).toThrow(/no setting "colour"/)
  })

  it('refuses a first layer with too many filters', async () => {
    await expect(make(1, { hidden: 99 })).rejects.toThrow(/1 to 16 filters/)
  })
})

describe('digits determinism', () => {
  it('gives bit-identical losses for one seed and different ones for another', async () => {
    const a = losses(await make(4), 5)
    expect(losses(await make(4), 5)).toEqual(a)
    expect(losses(await make(5), 5)).not.toEqual(a)
  })
})

describe('digits inspect', async () => {
  const trainer = await make(2)
  losses(trainer, 3)
  const data = await digitsTask.load(fetchAssetFromDisk, settings)
  const { validation } = data as { validation: Parameters<typeof digitInk>[0] }

  it('returns the first-layer kernels', () => {
    const f = trainer.inspect({ kind: 'filters' }) as FiltersAnswer
    expect(f.weights.shape).toEqual([hyper.hidden, 5, 5])
    expect(f.weights.values).toHaveLength(hyper.hidden * 25)
    expect(f.bias).toHaveLength(hyper.hidden)
  })

  it('computes conv1 of a validation digit as the definition says', () => {
    const f = trainer.inspect({ kind: 'filters' }) as FiltersAnswer
    const m = trainer.inspect({ kind: 'featureMaps', index: 17 }) as FeatureMapsAnswer
    const ink = digitInk(validation, 17)
    expect(m.label).toBe(validation.labels[17])
    expect(m.input).toEqual(Array.from(ink))
    expect(m.stages.map((s) => s.shape)).toEqual([
      [hyper.hidden, 24, 24],
      [hyper.hidden, 12, 12],
      [12, 8, 8],
      [12, 4, 4],
    ])
    // relu(b_k + Σ w_k[i][j] · x[r + i][c + j]) at a few positions, by a plain loop.
    for (const [k, r, c] of [
      [0, 0, 0],
      [1, 10, 7],
      [hyper.hidden - 1, 23, 12],
    ]) {
      let s = f.bias[k]
      for (let i = 0; i < 5; i++)
        for (let j = 0; j < 5; j++)
          s += f.weights.values[k * 25 + i * 5 + j] * ink[(r + i) * 28 + c + j]
      expect(m.stages[0].values[k * 576 + r * 24 + c]).toBeCloseTo(Math.max(0, s), 12)
    }
    // pool1 is the max of each 2 × 2 block of conv1.
    const conv1 = m.stages[0].values
    const block = [0, 1, 24, 25].map((d) => conv1[5 * 2 * 24 + 3 * 2 + d])
    expect(m.stages[1].values[5 * 12 + 3]).toBe(Math.max(...block))
    expect(m.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
  })

  it('looks at drawn pixels, clamped to [0, 1], and refuses malformed ones', () => {
    const pixels = new Array(784).fill(0).map((_, p) => (p % 29 === 0 ? 3 : 0))
    const m = trainer.inspect({ kind: 'featureMaps', pixels }) as FeatureMapsAnswer
    expect(m.label).toBeNull()
    expect(Math.max(...m.input)).toBe(1)
    expect(() => trainer.inspect({ kind: 'featureMaps', pixels: [1, 2] })).toThrow(/784 finite/)
    expect(() => trainer.inspect({ kind: 'featureMaps', index: 500 })).toThrow(/0 to 499/)
    expect(() => trainer.inspect({ kind: 'weights' })).toThrow(/answers "filters"/)
  })

  it('counts the confusion matrix over the validation set, agreeing with validate()', () => {
    const c = trainer.inspect({ kind: 'confusion' }) as ConfusionAnswer
    expect(c.total).toBe(500)
    c.counts.forEach((row) => expect(row.reduce((a, b) => a + b, 0)).toBe(50))
    const correct = c.counts.reduce((s, row, t) => s + row[t], 0)
    expect(correct / c.total).toBeCloseTo(trainer.validate().accuracy!, 12)
    // One digit classified alone lands in the row of its label and the column of its top class.
    const one = trainer.inspect({ kind: 'featureMaps', index: 0 }) as FeatureMapsAnswer
    const top = one.probabilities.indexOf(Math.max(...one.probabilities))
    expect(c.counts[validation.labels[0]][top]).toBeGreaterThan(0)
  })
})
