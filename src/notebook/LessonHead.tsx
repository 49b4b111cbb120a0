import type { LessonEntry } from '../lesson/catalog.ts'

/** Title, summary, length and objectives at the top of a lesson. */
export function LessonHead({ entry }: { entry: LessonEntry }) {
  return (
    <header className="lesson-head">
      <p className="lesson-head__kicker">
        Lesson {entry.order} · {entry.minutes} min
      </p>
      <h1>{entry.title}</h1>
      <p className="lesson-head__summary">{entry.summary}</p>
      <div className="objectives">
        <p className="objectives__title">After this lesson you can</p>
        <ul>
          {entry.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </div>
    </header>
  )
}
