import { useEffect } from 'react'
import type { StoreApi } from 'zustand'
import { useLearner } from '../../app/learner.ts'
import type { ParamsState } from './paramsStore.ts'

/**
 * Applies edits of this instance made in another window (the presenter's, say), which reach the
 * learner store through learnerSync. Edits equal to what is shown are ignored, which also stops
 * the echo: applying them saves the same params, and the other window ignores those in turn.
 */
export function useEditsFromOtherWindows(
  persistKey: string | undefined,
  store: StoreApi<ParamsState>,
) {
  useEffect(() => {
    if (!persistKey) return
    return useLearner.subscribe((state, before) => {
      const edits = state.edits[persistKey]
      if (!edits || edits === before.edits[persistKey]) return
      if (JSON.stringify(edits) !== JSON.stringify(store.getState().params))
        store.getState().setParams(edits)
    })
  }, [persistKey, store])
}
