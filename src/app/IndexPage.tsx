import { deckLength, lessons, prefetchLesson } from '../lesson/catalog.ts'
import { solvedIn, useLearner } from './learner.ts'
import { SiteHeader } from './SiteHeader.tsx'
import { useDocumentTitle } from './useDocumentTitle.ts'

/** The home page: every lesson in order, with its length and the learner's progress. */
export function IndexPage() {
  useDocumentTitle('Unfold: convolutional and recurrent networks, computed live')
  const visits = useLearner((s) => s.visits)
  const solved = useLearner((s) => s.solved)
  return (
    <div className="site">
      <SiteHeader />
      <main className="index">
        <section className="hero">
          <h1>See inside the networks you are learning.</h1>
          <p>
            Unfold is a notebook for convolutional and recurrent neural networks. Every number on
            every page is computed as you read by a small engine running in your browser: step a
            convolution window, edit a weight, watch a gradient vanish.
          </p>
        </section>
        <ol className="lesson-list">
          {lessons.map((lesson) => {
            const visited = Boolean(visits[lesson.slug])
            const done = solvedIn(solved, lesson.slug)
            return (
              <li key={lesson.slug} className="lesson-card" data-testid="lesson-card">
                <span className="lesson-card__order" aria-hidden="true">
                  {String(lesson.order).padStart(2, '0')}
                </span>
                <div className="lesson-card__body">
                  <h2 className="lesson-card__title">
                    <a
                      href={`#/${lesson.slug}`}
                      onPointerEnter={() => prefetchLesson(lesson.slug)}
                      onFocus={() => prefetchLesson(lesson.slug)}
                    >
                      {lesson.title}
                    </a>
                  </h2>
                  <p className="lesson-card__summary">{lesson.summary}</p>
                  <p className="lesson-card__meta">
                    <span>{lesson.minutes} min</span>
                    <span>{deckLength(lesson)} slides</span>
                    {lesson.exerciseCount > 0 ? (
                      <span className={done === lesson.exerciseCount ? 'meta-done' : undefined}>
                        {done}/{lesson.exerciseCount} exercises solved
                      </span>
                    ) : null}
                    <span className={visited ? 'meta-done' : 'meta-new'}>
                      {visited ? 'Started' : 'New'}
                    </span>
                    <a className="lesson-card__slides" href={`#/${lesson.slug}/slides/1`}>
                      Present as slides
                    </a>
                  </p>
                </div>
              </li>
            )
          })}
        </ol>
        <p className="index__authors">
          Teaching or writing about these networks? Every widget can be embedded in your own page:
          browse them in the <a href="#/widgets">widget gallery</a>.
        </p>
      </main>
      <footer className="site-footer">
        <p>
          Numbers on these pages are computed live; the lecture decks they build on are credited in
          each lesson.
        </p>
      </footer>
    </div>
  )
}
