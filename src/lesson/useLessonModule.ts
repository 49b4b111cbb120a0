import { useEffect, useState } from 'react'
import type { LessonEntry } from './catalog.ts'
import type { LessonModule } from './types.ts'

type State = { status: 'loading' } | { status: 'ready'; module: LessonModule } | { status: 'failed'; error: string }

const cache = new Map<string, LessonModule>()

/** Loads a lesson's compiled module (cached), reporting failure instead of throwing. */
export function useLessonModule(entry: LessonEntry | undefined): State {
  const cached = entry ? cache.get(entry.slug) : undefined
  const [state, setState] = useState<State>(cached ? { status: 'ready', module: cached } : { status: 'loading' })
  useEffect(() => {
    if (!entry) return
    const hit = cache.get(entry.slug)
    if (hit) {
      setState({ status: 'ready', module: hit })
      return
    }
    let live = true
    setState({ status: 'loading' })
    entry
      .load()
      .then((module) => {
        cache.set(entry.slug, module)
        if (live) setState({ status: 'ready', module })
      })
      .catch((e: unknown) => {
        if (live) setState({ status: 'failed', error: e instanceof Error ? e.message : String(e) })
      })
    return () => {
      live = false
    }
  }, [entry])
  return state
}
