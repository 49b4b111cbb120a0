import { afterEach, describe, expect, it } from 'vitest'
import { useLearner, widgetsConcern, exercisesConcern } from '../../src/app/learner.ts'
import { syncLearnerAcrossWindows } from '../../src/app/learnerSync.ts'
import { storageKey } from '../../src/app/persist.ts'

let stop = () => {}
afterEach(() => stop())

/** What another window does: writes the key, and this window hears a storage event. */
function otherWindowWrites(key: string, value: unknown) {
  localStorage.setItem(key, JSON.stringify(value))
  window.dispatchEvent(new StorageEvent('storage', { key }))
}

describe('syncLearnerAcrossWindows', () => {
  it('picks up widget edits and solved exercises written by another window', () => {
    stop = syncLearnerAcrossWindows()
    otherWindowWrites(storageKey(widgetsConcern), { 'pooling/a': { step: 3 } })
    expect(useLearner.getState().edits['pooling/a']).toEqual({ step: 3 })
    otherWindowWrites(storageKey(exercisesConcern), { 'pooling/q1': { at: 5 } })
    expect(useLearner.getState().solved['pooling/q1']).toEqual({ at: 5 })
  })

  it('stops listening when asked', () => {
    syncLearnerAcrossWindows()()
    otherWindowWrites(storageKey(widgetsConcern), { 'pooling/b': { step: 1 } })
    expect(useLearner.getState().edits['pooling/b']).toBeUndefined()
  })
})
