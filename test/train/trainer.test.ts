import { describe, expect, it } from 'vitest'
import { DivergedError, Trainer } from '../../src/train/trainer.ts'
import { parseWeightsFile } from '../../src/train/weights.ts'
import { toyHyper, toyTask } from './toyTask.ts'

const noAssets = async () => new Uint8Array()
const make = (seed = 1, hyper = toyHyper, settings = {}) =>
  Trainer.create(toyTask, { hyper, settings, seed }, noAssets)

function losses(trainer: Trainer, n: number): number[] {
  return Array.from({ length: n }, () => trainer.stepOnce().loss)
}

describe('Trainer', () => {
  it('gives the same losses for the same seed and different ones for another', async () => {
    const a = losses(await make(7), 20)
    expect(losses(await make(7), 20)).toEqual(a)
    expect(losses(await make(8), 20)).not.toEqual(a)
  })

  it('learns the toy task within its budget', async () => {
    const trainer = await make()
    for (let k = 0; k < toyTask.budget; k++) trainer.stepOnce()
    expect(trainer.validate().loss).toBeLessThanOrEqual(toyTask.target.atMost!)
  })

  it('resumes from a checkpoint exactly as the run went on from there', async () => {
    const trainer = await make(3)
    const first = losses(trainer, 60)
    const at = trainer.checkpointSteps.filter((s) => s > 0 && s < 60).at(-1)!
    trainer.rewind(at)
    expect(trainer.step).toBe(at)
    expect(losses(trainer, 60 - at)).toEqual(first.slice(at))
    expect(trainer.train.points.at(-1)![0]).toBe(60)
    expect(trainer.train.length).toBe(60)
  })

  it('keeps a bounded number of checkpoints spanning the run', async () => {
    const trainer = await make()
    losses(trainer, toyTask.budget * 4)
    const steps = trainer.checkpointSteps
    expect(steps.length).toBeLessThanOrEqual(16)
    expect(steps[0]).toBe(0)
    expect(steps.at(-1)).toBeGreaterThan(toyTask.budget * 3)
  })

  it('stops a diverging run with a message and keeps the last finite weights', async () => {
    const trainer = await make(1, { ...toyHyper, optimizer: 'sgd', lr: 1 }, { scale: 30 })
    let error: unknown
    const before: number[][] = []
    try {
      for (let k = 0; k < 500; k++) {
        before.push(trainer.inspect({ kind: 'weights' }) as number[])
        trainer.stepOnce()
      }
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DivergedError)
    expect((error as Error).message).toMatch(
      /diverged at step \d+: the (loss|gradient norm) became/,
    )
    const kept = trainer.inspect({ kind: 'weights' }) as number[]
    expect(kept.every(Number.isFinite)).toBe(true)
    expect(kept).toEqual(before.at(-1))
    const back = trainer.rewindToHealthy()
    expect(back).toBeLessThan(trainer.train.points.at(-1)![0])
    trainer.setLiveHyper({ lr: 0.0001 })
    for (let k = 0; k < 20; k++) expect(Number.isFinite(trainer.stepOnce().loss)).toBe(true)
  })

  it('changes the learning rate mid-run and keeps Adam’s moments', async () => {
    const a = await make(2)
    const b = await make(2)
    losses(a, 10)
    losses(b, 10)
    b.setLiveHyper({ lr: toyHyper.lr })
    expect(losses(b, 10)).toEqual(losses(a, 10))
    b.setLiveHyper({ lr: 0.001 })
    expect(losses(b, 5)).not.toEqual(losses(a, 5))
  })

  it('saves weights that load back into a fresh run, through JSON text', async () => {
    const a = await make(4)
    losses(a, 30)
    const text = JSON.stringify(a.saveWeights())
    const b = await make(9)
    b.loadWeights(parseWeightsFile(text))
    expect(b.step).toBe(30)
    expect(b.config.seed).toBe(4)
    expect(b.inspect({ kind: 'weights' })).toEqual(a.inspect({ kind: 'weights' }))
  })

  it('refuses a foreign or corrupt weights file and changes nothing', async () => {
    const a = await make(4)
    losses(a, 5)
    const kept = a.inspect({ kind: 'weights' })
    const file = a.saveWeights()
    expect(() => parseWeightsFile('{oops')).toThrow(/not JSON/)
    expect(() => a.loadWeights({ ...file, task: 'digits' })).toThrow(/belong to "digits"/)
    const wrongShape = {
      ...file,
      parameters: [{ shape: [3, 2], data: [1, 2, 3, 4, 5, 6] }, file.parameters[1]],
    }
    expect(() => a.loadWeights(wrongShape)).toThrow(/3×2/)
    const nan = { ...file, parameters: [{ shape: [1, 2], data: [1, null] }, file.parameters[1]] }
    expect(() => a.loadWeights(nan)).toThrow(/finite/)
    expect(a.inspect({ kind: 'weights' })).toEqual(kept)
    expect(a.step).toBe(5)
  })
})
