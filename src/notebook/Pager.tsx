import type { LessonEntry } from '../lesson/catalog.ts'

/** Previous and next lesson links at the foot of a lesson. */
export function Pager({ prev, next }: { prev?: LessonEntry; next?: LessonEntry }) {
  return (
    <nav className="pager" aria-label="Lessons">
      {prev ? (
        <a className="pager__link" href={`#/${prev.slug}`} rel="prev">
          <span className="pager__dir">Previous</span>
          {prev.title}
        </a>
      ) : (
        <a className="pager__link" href="#/">
          <span className="pager__dir">Back to</span>
          All lessons
        </a>
      )}
      {next ? (
        <a className="pager__link pager__link--next" href={`#/${next.slug}`} rel="next">
          <span className="pager__dir">Next</span>
          {next.title}
        </a>
      ) : (
        <a className="pager__link pager__link--next" href="#/">
          <span className="pager__dir">Finished?</span>
          All lessons
        </a>
      )}
    </nav>
  )
}
