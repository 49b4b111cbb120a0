import { LessonContext } from '../lesson/context.ts'
import { lessonComponents } from '../lesson/components.tsx'
import type { LessonEntry } from '../lesson/catalog.ts'
import type { LessonModule } from '../lesson/types.ts'

/** Slide n of a deck (1-based): slide 1 is the title card, the rest are the lesson's parts. */
export function SlideContent({
  entry,
  module,
  n,
  preview = false,
}: {
  entry: LessonEntry
  module: LessonModule
  n: number
  /** A copy (thumbnail or presenter preview): its widgets never take the clicker's presses. */
  preview?: boolean
}) {
  if (n === 1) {
    return (
      <div className="lesson slide-body slide-title">
        <p className="slide-title__kicker">Lesson {entry.order}</p>
        <h1>{entry.title}</h1>
        <p className="slide-title__summary">{entry.summary}</p>
        <ul className="slide-title__objectives">
          {entry.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </div>
    )
  }
  return (
    <div className="lesson">
      <LessonContext.Provider
        value={{ slug: entry.slug, view: { mode: 'slide', index: n - 2, preview } }}
      >
        <module.default components={lessonComponents} />
      </LessonContext.Provider>
    </div>
  )
}
