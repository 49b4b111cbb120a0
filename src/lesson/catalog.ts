import { lessons as generated } from 'virtual:lessons'
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
