import { lessons as generated } from 'virtual:lessons'
import { widgets } from '../widgets/registry.ts'
import type { LessonEntryMeta, LessonModule } from './types.ts'

/** A lesson in the index: its metadata and a loader for its compiled module. */
export type LessonEntry = LessonEntryMeta & { load: () => Promise<LessonModule> }

/** Every lesson, in order (frontmatter `order`), validated at build time. */
export const lessons = generated as LessonEntry[]

/** The lesson with this slug, if there is one. */
export function findLesson(slug: string): LessonEntry | undefined {
  return lessons.find((l) => l.slug === slug)
}

/** The lessons before and after `slug` in reading order. */
export function neighbours(slug: string): { prev?: LessonEntry; next?: LessonEntry } {
  const i = lessons.findIndex((l) => l.slug === slug)
  if (i < 0) return {}
  return { prev: lessons[i - 1], next: lessons[i + 1] }
}

/** Widgets fetched together with their lesson: the first ones on the page. */
export const PREFETCHED_WIDGETS = 1

/**
 * Starts downloading a lesson and its first widgets, in parallel, before the page asks for them:
 * without this the lesson chunk, then each widget chunk, would load one after another. Widgets
 * further down load as the reader approaches them (the host mounts them 800 px ahead).
 */
export function prefetchLesson(slug: string): void {
  const entry = findLesson(slug)
  if (!entry) return
  entry.load().catch(() => {
    // the page that needs it reports the failure
  })
  for (const w of lessonWidgets(entry.components).slice(0, PREFETCHED_WIDGETS))
    w.load().catch(() => {})
}

/** The registered widgets among a lesson's components, in page order, minus those never prefetched. */
function lessonWidgets(components: readonly string[]) {
  return components.flatMap((name) => {
    const w = widgets.find((d) => d.component === name)
    return w && w.prefetch !== false ? [w] : []
  })
}

/** How many slides a lesson's deck has: a title slide plus one per `---`-separated part. */
export function deckLength(lesson: { slideCount: number }): number {
  return lesson.slideCount + 1
}
