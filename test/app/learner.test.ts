import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// The learner store reads localStorage when its module loads, so each test loads a fresh copy.
async function fresh() {
  vi.resetModules()
  const learner = await import('../../src/app/learner.ts')
  const notices = await import('../../src/app/notices.ts')
  return { ...learner, notices: notices.useNotices }
}

const stored = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null')

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: 1_700_000_000_000 }))
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('the learner store', () => {
  it('writes a visit through to the progress key, keeping the furthest slide', async () => {
    const { useLearner } = await fresh()
    useLearner.getState().visit('neurons', 4)
    useLearner.getState().visit('neurons', 2)
    useLearner.getState().visit('neurons')
    expect(stored('unfold.progress.v1')).toEqual({ neurons: { at: 1_700_000_000_000, slide: 4 } })
    expect(localStorage.getItem('unfold.exercises.v1')).toBeNull()
    expect(localStorage.getItem('unfold.widgets.v1')).toBeNull()
  })

  it('records a visit without a slide when the notebook was opened', async () => {
    const { useLearner } = await fresh()
    useLearner.getState().visit('neurons')
    expect(stored('unfold.progress.v1')).toEqual({ neurons: { at: 1_700_000_000_000 } })
  })

  it('writes a solved exercise through to the exercises key, once', async () => {
    const { useLearner } = await fresh()
    useLearner.getState().solve('neurons/Exercise-1')
    vi.setSystemTime(1_700_000_999_000)
    useLearner.getState().solve('neurons/Exercise-1')
    expect(stored('unfold.exercises.v1')).toEqual({
      'neurons/Exercise-1': { at: 1_700_000_000_000 },
    })
    expect(localStorage.getItem('unfold.progress.v1')).toBeNull()
  })

  it('writes widget edits through to the widgets key, and removes them on reset', async () => {
    const { useLearner } = await fresh()
    useLearner.getState().saveEdits('neurons/ActivationExplorer-1', { x: 2, fn: 'tanh' })
    useLearner.getState().saveEdits('neurons/ActivationExplorer-2', { x: -1 })
    expect(stored('unfold.widgets.v1')).toEqual({
      'neurons/ActivationExplorer-1': { x: 2, fn: 'tanh' },
      'neurons/ActivationExplorer-2': { x: -1 },
    })
    useLearner.getState().saveEdits('neurons/ActivationExplorer-1', null)
    expect(stored('unfold.widgets.v1')).toEqual({ 'neurons/ActivationExplorer-2': { x: -1 } })
  })

  it('comes back with what was saved after a reload', async () => {
    const first = await fresh()
    first.useLearner.getState().visit('neurons', 3)
    first.useLearner.getState().solve('neurons/Exercise-2')
    first.useLearner.getState().saveEdits('neurons/ActivationExplorer-1', { x: 2 })
    const { useLearner } = await fresh()
    const s = useLearner.getState()
    expect(s.visits.neurons.slide).toBe(3)
    expect(s.solved['neurons/Exercise-2']).toBeDefined()
    expect(s.edits['neurons/ActivationExplorer-1']).toEqual({ x: 2 })
  })

  it('resets only an unreadable concern on load, with one notice', async () => {
    localStorage.setItem('unfold.progress.v1', '{"neurons": {"at": 1}}')
    localStorage.setItem('unfold.exercises.v1', '{"neurons/Exercise-1": {"at": "yesterday"}}')
    localStorage.setItem('unfold.widgets.v1', '{"neurons/ActivationExplorer-1": {"x": 2}}')
    const { useLearner, notices } = await fresh()
    const s = useLearner.getState()
    expect(s.visits).toEqual({ neurons: { at: 1 } })
    expect(s.solved).toEqual({})
    expect(s.edits).toEqual({ 'neurons/ActivationExplorer-1': { x: 2 } })
    expect(localStorage.getItem('unfold.exercises.v1')).toBeNull()
    expect(notices.getState().notices.map((n) => n.text)).toEqual([
      'Your saved exercise answers could not be read, so it was reset. Everything else is kept.',
    ])
  })

  it('keeps progress in memory when storage refuses to write', async () => {
    const { useLearner, notices } = await fresh()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    useLearner.getState().solve('neurons/Exercise-1')
    useLearner.getState().solve('neurons/Exercise-2')
    expect(Object.keys(useLearner.getState().solved)).toEqual([
      'neurons/Exercise-1',
      'neurons/Exercise-2',
    ])
    expect(notices.getState().notices).toHaveLength(1)
  })
})

describe('solvedIn', () => {
  it('counts the solved exercises of one lesson only', async () => {
    const { solvedIn } = await fresh()
    const solved = {
      'a/Exercise-1': { at: 1 },
      'a/Exercise-2': { at: 1 },
      'a-b/Exercise-1': { at: 1 },
    }
    expect(solvedIn(solved, 'a')).toBe(2)
    expect(solvedIn(solved, 'a-b')).toBe(1)
    expect(solvedIn(solved, 'c')).toBe(0)
  })
})
