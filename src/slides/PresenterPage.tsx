import { useEffect } from 'react'
import { NotFound } from '../app/NotFound.tsx'
import { parseRoute } from '../app/routes.ts'
import { navigate } from '../app/useRoute.ts'
import { useDocumentTitle } from '../app/useDocumentTitle.ts'
import { deckLength, findLesson } from '../lesson/catalog.ts'
import { LessonContext } from '../lesson/context.ts'
import { lessonComponents } from '../lesson/components.tsx'
import { useLessonModule } from '../lesson/useLessonModule.ts'
import { SlideContent } from './SlideContent.tsx'
import { Stage } from './Stage.tsx'
import { formatElapsed, useNow, useStopwatch } from './useClock.ts'
import { useDeckKeys } from './useDeckKeys.ts'
import { useDeckSync } from './useDeckSync.ts'
import '../viz/katexStyles.ts'
import '../lesson/lesson.css'
import './slides.css'
import './presenter.css'

/**
 * The presenter's window (P in slides): this slide, the next one, the speaker notes, a clock and a
 * stopwatch. It follows the audience window and leads it: a key pressed in either moves both.
 */
export default function PresenterPage({ slug, slide }: { slug: string; slide: number }) {
  const entry = findLesson(slug)
  const state = useLessonModule(entry)
  const ready = state.status === 'ready'
  const count = ready ? deckLength(state.module) : 1
  const current = Math.min(Math.max(1, slide), count)
  const now = useNow()
  const watch = useStopwatch(now)
  useDocumentTitle(entry ? `Presenter: ${entry.title} (${current}/${count})` : 'Not found · Unfold')

  useEffect(() => {
    if (ready && slide !== current) navigate(`#/${slug}/presenter/${current}`, true)
  }, [ready, slide, current, slug])
  const forward = useDeckSync(
    slug,
    current,
    (n) => navigate(`#/${slug}/presenter/${n}`, true),
    ready,
  )
  const moveAlone = (direction: 'next' | 'prev') => {
    const live = parseRoute(window.location.hash)
    const at = live.kind === 'presenter' ? live.slide : current
    const to = Math.min(Math.max(1, at + (direction === 'next' ? 1 : -1)), count)
    navigate(`#/${slug}/presenter/${to}`)
  }
  const typed = useDeckKeys({
    slug,
    view: 'presenter',
    count,
    current,
    onAction: (a) => {
      // Next and previous go through the audience window, where a widget may take them first.
      if (a === 'next' || a === 'prev') return forward(a, () => moveAlone(a))
      // Overlays, full screen and the laser belong to the audience window: claim them, do nothing.
      return !['first', 'last', 'jump', 'theme'].includes(a)
    },
  })

  if (!entry) return <NotFound what="lesson" />
  if (state.status !== 'ready') {
    return (
      <div className="presenter">
        <p className="deck__status">{state.status === 'failed' ? state.error : 'Loading…'}</p>
      </div>
    )
  }
  const go = (n: number) => navigate(`#/${slug}/presenter/${Math.min(Math.max(1, n), count)}`)
  return (
    <div className="presenter" data-ready="true">
      <header className="presenter__bar">
        <h1 className="presenter__title">{entry.title}</h1>
        <span className="presenter__count" aria-live="polite">
          {typed ? `Go to ${typed}…` : `Slide ${current} of ${count}`}
        </span>
        <button type="button" onClick={() => go(current - 1)} disabled={current === 1}>
          ← Previous
        </button>
        <button type="button" onClick={() => go(current + 1)} disabled={current === count}>
          Next →
        </button>
        <time className="presenter__clock" aria-label="Clock">
          {new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
        </time>
        <span className="presenter__timer" aria-label="Elapsed">
          {formatElapsed(watch.elapsed)}
        </span>
        <button type="button" onClick={watch.toggle}>
          {watch.paused ? 'Resume timer' : 'Pause timer'}
        </button>
        <button type="button" onClick={watch.reset}>
          Reset timer
        </button>
      </header>
      <section className="presenter__current" aria-label={`Current slide, ${current}`}>
        <div inert className="presenter__frame">
          <Stage key={current}>
            <SlideContent entry={entry} module={state.module} n={current} preview />
          </Stage>
        </div>
      </section>
      <section className="presenter__next" aria-label="Next slide">
        <h2 className="presenter__label">
          {current < count ? `Next: slide ${current + 1}` : 'End of the deck'}
        </h2>
        {current < count ? (
          <div inert className="presenter__frame">
            <Stage key={current + 1}>
              <SlideContent entry={entry} module={state.module} n={current + 1} preview />
            </Stage>
          </div>
        ) : null}
      </section>
      <section className="presenter__notes" aria-label="Speaker notes">
        <h2 className="presenter__label">Notes</h2>
        <div className="lesson" key={current}>
          {current > 1 ? (
            <LessonContext.Provider value={{ slug, view: { mode: 'notes', index: current - 2 } }}>
              <state.module.default components={lessonComponents} />
            </LessonContext.Provider>
          ) : null}
        </div>
      </section>
    </div>
  )
}
