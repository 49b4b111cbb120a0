import { describe, expect, it } from 'vitest'
import { TrainerEndpoint } from '../../src/train/endpoint.ts'
import type { TrainerEvent } from '../../src/train/protocol.ts'
import { toyHyper, toyTask } from './toyTask.ts'

/** An endpoint on real timers, with every event it posts. */
function harness() {
  const events: TrainerEvent[] = []
  const endpoint = new TrainerEndpoint({
    post: (e) => events.push(structuredClone(e)),
    schedule: (task) => setTimeout(task, 0),
    now: () => performance.now(),
    fetchAsset: async () => new Uint8Array(),
    findTask: (id) => (id === 'toy' ? toyTask : undefined),
  })
  const until = async (test: () => boolean, ms = 5000) => {
    const start = Date.now()
    while (!test()) {
      if (Date.now() - start > ms) throw new Error('timed out')
      await new Promise((r) => setTimeout(r, 5))
    }
  }
  const last = <T extends TrainerEvent['type']>(type: T) =>
    events.filter((e) => e.type === type).at(-1) as Extract<TrainerEvent, { type: T }> | undefined
  const configure = async (hyper = toyHyper, settings = {}) => {
    endpoint.handle({ type: 'configure', task: 'toy', hyper, settings, seed: 1, assetBase: '' })
    await until(() => last('progress')?.status === 'ready')
  }
  return { endpoint, events, until, last, configure }
}

describe('TrainerEndpoint', () => {
  it('trains to the budget, says done, and sends a history that adds up', async () => {
    const h = harness()
    await h.configure()
    h.endpoint.handle({ type: 'start' })
    await h.until(() => h.last('done') !== undefined)
    const progress = h.last('progress')!
    expect(progress.status).toBe('done')
    expect(progress.step).toBe(toyTask.budget)
    const page: number[] = []
    for (const e of h.events)
      if (e.type === 'progress') {
        if (e.replace) page.length = 0
        else if (e.trainPoints.length && page.length) page.pop()
        page.push(...e.trainPoints.map((p) => p[0]))
      }
    expect(page).toEqual(Array.from({ length: toyTask.budget }, (_, k) => k + 1))
  })

  it('takes exactly n steps, then pauses', async () => {
    const h = harness()
    await h.configure()
    h.endpoint.handle({ type: 'step', count: 7 })
    await h.until(() => h.last('progress')?.status === 'paused')
    expect(h.last('progress')!.step).toBe(7)
  })

  it('stops a diverging run with a diverged error, and resumes once the learning rate is lowered', async () => {
    const h = harness()
    await h.configure({ ...toyHyper, optimizer: 'sgd', lr: 1 }, { scale: 30 })
    h.endpoint.handle({ type: 'start' })
    await h.until(() => h.last('error') !== undefined)
    expect(h.last('error')).toMatchObject({ kind: 'diverged' })
    expect(h.last('error')!.message).toMatch(/went back to step \d+.*clipping.*learning rate/)
    expect(h.last('progress')!.status).toBe('diverged')
    h.endpoint.handle({ type: 'set-hyper', hyper: { lr: 0.0001 } })
    expect(h.last('progress')!.status).toBe('paused')
    const at = h.last('progress')!.step
    h.endpoint.handle({ type: 'step', count: 3 })
    await h.until(() => h.last('progress')!.step === at + 3)
  })

  it('answers watched queries, rewinds to a checkpoint and resends the whole history', async () => {
    const h = harness()
    await h.configure()
    h.endpoint.handle({ type: 'watch', key: 'w', query: { kind: 'weights' } })
    expect(h.last('sample')).toMatchObject({ key: 'w', step: 0 })
    h.endpoint.handle({ type: 'step', count: 40 })
    await h.until(() => h.last('progress')?.status === 'paused')
    expect(h.last('sample')).toMatchObject({ key: 'w', step: 40 })
    const target = h
      .last('progress')!
      .checkpoints.filter((s) => s < 40)
      .at(-1)!
    h.endpoint.handle({ type: 'rewind', step: target })
    const after = h.last('progress')!
    expect(after).toMatchObject({ step: target, replace: true })
    expect(h.last('sample')).toMatchObject({ step: target })
  })

  it('refuses malformed commands and unknown tasks in words, and keeps working', async () => {
    const h = harness()
    h.endpoint.handle({ type: 'launch-missiles' })
    expect(h.last('error')!.message).toMatch(/unknown command/)
    h.endpoint.handle('start')
    h.endpoint.handle({ type: 'step', count: -1 })
    expect(h.last('error')!.message).toMatch(/count/)
    h.endpoint.handle({
      type: 'configure',
      task: 'nope',
      hyper: {},
      settings: {},
      seed: 1,
      assetBase: '',
    })
    await h.until(() => /no training task/.test(h.last('error')?.message ?? ''))
    expect(h.last('progress')!.status).toBe('crashed')
    await h.configure()
    h.endpoint.handle({ type: 'inspect', id: 3, query: { kind: 'nonsense' } })
    expect(h.last('error')).toMatchObject({ id: 3, kind: 'invalid' })
    h.endpoint.handle({ type: 'load', id: 4, file: { format: 'zip' } })
    expect(h.last('error')).toMatchObject({ id: 4 })
    expect(h.last('progress')!.status).toBe('ready')
  })

  it('keeps a learning rate changed while the model loads, and says nothing about it', async () => {
    const h = harness()
    h.endpoint.handle({
      type: 'configure',
      task: 'toy',
      hyper: toyHyper,
      settings: {},
      seed: 1,
      assetBase: '',
    })
    h.endpoint.handle({ type: 'set-hyper', hyper: { lr: 0.001 } })
    await h.until(() => h.last('progress')?.status === 'ready')
    expect(h.last('progress')!.hyper!.lr).toBe(0.001)
    expect(h.last('error')).toBeUndefined()
  })
})
