/**
 * Keeps the learner store in step with the other windows of the same browser. Every change is
 * written to localStorage, and the browser tells the other windows with a `storage` event; reading
 * the key again there means a widget edited in the presenter window changes in the audience window
 * too (and the other way round), and an exercise solved in one tab shows as solved in the next.
 */
import { exercisesConcern, progressConcern, useLearner, widgetsConcern } from './learner.ts'
import { load, storageKey } from './persist.ts'

/** Starts listening; returns a function that stops. */
export function syncLearnerAcrossWindows(): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === storageKey(widgetsConcern)) useLearner.setState({ edits: load(widgetsConcern) })
    else if (e.key === storageKey(exercisesConcern))
      useLearner.setState({ solved: load(exercisesConcern) })
    else if (e.key === storageKey(progressConcern))
      useLearner.setState({ visits: load(progressConcern) })
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}
