import { useEffect, useState } from 'react'
import type { LessonEntry } from './catalog.ts'
import type { LessonModule } from './types.ts'

type State =
  | { status: 'loading' }
  | { status: 'ready'; module: LessonModule }
  | { status: 'failed'; error: string }

const cache = new Map<string, LessonModule>()

/** Loads a lesson's compiled module (cached), reporting failure instead of throwing. */
export function useLessonModule(entry: LessonEntry | undefined): State {
  const [result, setResult] = useState<{ slug: string; state: State } | null>(null)
  const slug = entry?.slug
  useEffect(() => {
    if (!entry || cache.has(entry.slug)) return
    let live = true
    entry
      .load()
      .then((module) => {
        cache.set(entry.slug, module)
        if (live) setResult({ slug: entry.slug, state: { status: 'ready', module } })
      })
      .catch((e: unknown) => {
        const error = e instanceof Error ? e.message : String(e)
        if (live) setResult({ slug: entry.slug, state: { status: 'failed', error } })
      })
    return () => {
      live = false
    }
  }, [entry])
  const cached = slug ? cache.get(slug) : undefined
  if (cached) return { status: 'ready', module: cached }
  return result && result.slug === slug ? result.state : { status: 'loading' }
}
