import { useEffect, useState } from 'react'
import { useLearner } from '../app/learner.ts'
import { NotFound } from '../app/NotFound.tsx'
import { parseRoute } from '../app/routes.ts'
import { navigate } from '../app/useRoute.ts'
import { useDocumentTitle } from '../app/useDocumentTitle.ts'
import { deckLength, findLesson } from '../lesson/catalog.ts'
import { useLessonModule } from '../lesson/useLessonModule.ts'
import { HelpOverlay } from './HelpOverlay.tsx'
import { controlOwnsKey, slideAction } from './keys.ts'
import { Overview } from './Overview.tsx'
import { SlideContent } from './SlideContent.tsx'
import { Stage } from './Stage.tsx'
import '../viz/katexStyles.ts'
import '../lesson/lesson.css'
import './slides.css'

type Overlay = 'none' | 'overview' | 'help' | 'blackout'

function toggleFullscreen(): void {
  const doc = document
  // Browsers refuse fullscreen without a user gesture (or in an iframe): ignore the refusal.
  if (doc.fullscreenElement) doc.exitFullscreen?.().catch(() => {})
  else doc.documentElement.requestFullscreen?.().catch(() => {})
}

/** Slides mode: one part of the lesson per 16:9 slide, driven by keyboard or clicker. */
export default function SlidesPage({ slug, slide }: { slug: string; slide: number }) {
  const entry = findLesson(slug)
  const state = useLessonModule(entry)
  const [overlay, setOverlay] = useState<Overlay>('none')
  const visit = useLearner((s) => s.visit)
  const count = state.status === 'ready' ? deckLength(state.module) : 1
  const current = Math.min(Math.max(1, slide), count)
  useDocumentTitle(entry ? `${entry.title} (${current}/${count}) · Unfold` : 'Not found · Unfold')

  useEffect(() => {
    if (state.status === 'ready' && slide !== current) navigate(`#/${slug}/slides/${current}`, true)
  }, [state.status, slide, current, slug])

  useEffect(() => {
    if (entry && state.status === 'ready') visit(entry.slug, current)
  }, [entry, state.status, current, visit])

  useEffect(() => {
    const go = (n: number) => navigate(`#/${slug}/slides/${Math.min(Math.max(1, n), count)}`)
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || controlOwnsKey(e.target, e.key)) return
      const action = slideAction(e)
      if (!action) return
      e.preventDefault()
      if (action === 'close') return setOverlay('none')
      if (action === 'fullscreen') return toggleFullscreen()
      if (action === 'overview' || action === 'help' || action === 'blackout') {
        return setOverlay((o) => (o === action ? 'none' : action))
      }
      if (overlay === 'blackout' || overlay === 'help') setOverlay('none')
      if (overlay === 'overview') return
      // Read the slide from the URL, not the render: a clicker pressed twice before React
      // re-renders must still move two slides.
      const live = parseRoute(window.location.hash)
      const at = live.kind === 'slides' ? Math.min(live.slide, count) : current
      if (action === 'next') go(at + 1)
      else if (action === 'prev') go(at - 1)
      else if (action === 'first') go(1)
      else if (action === 'last') go(count)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [slug, current, count, overlay])

  if (!entry) return <NotFound what="lesson" />
  if (state.status !== 'ready') {
    return (
      <div className="deck">
        <p className="deck__status" role={state.status === 'failed' ? 'alert' : undefined}>
          {state.status === 'failed'
            ? `This lesson could not be loaded (${state.error}).`
            : 'Loading…'}
        </p>
      </div>
    )
  }
  return (
    <div className="deck" data-ready="true">
      <main
        className="deck__main"
        aria-roledescription="slide"
        aria-label={`Slide ${current} of ${count}`}
      >
        <Stage key={current}>
          <SlideContent entry={entry} module={state.module} n={current} />
        </Stage>
      </main>
      <nav className="deck__bar" aria-label="Slide controls">
        <a className="deck__link" href={`#/${slug}`}>
          Notebook
        </a>
        <button
          type="button"
          className="deck__btn"
          onClick={() => navigate(`#/${slug}/slides/${Math.max(1, current - 1)}`)}
          disabled={current === 1}
          aria-label="Previous slide"
        >
          ←
        </button>
        <span className="deck__count" aria-live="polite">
          {current} / {count}
        </span>
        <button
          type="button"
          className="deck__btn"
          onClick={() => navigate(`#/${slug}/slides/${Math.min(count, current + 1)}`)}
          disabled={current === count}
          aria-label="Next slide"
        >
          →
        </button>
        <button
          type="button"
          className="deck__btn"
          onClick={() => setOverlay('overview')}
          aria-label="Overview"
        >
          ▦
        </button>
        <button
          type="button"
          className="deck__btn"
          onClick={() => setOverlay('help')}
          aria-label="Keyboard shortcuts"
        >
          ?
        </button>
      </nav>
      <div
        className="deck__progress"
        style={{ width: `${(current / count) * 100}%` }}
        aria-hidden="true"
      />
      {overlay === 'overview' ? (
        <Overview
          entry={entry}
          module={state.module}
          count={count}
          current={current}
          onPick={(n) => {
            setOverlay('none')
            navigate(`#/${slug}/slides/${n}`)
          }}
        />
      ) : null}
      {overlay === 'help' ? <HelpOverlay onClose={() => setOverlay('none')} /> : null}
      {overlay === 'blackout' ? (
        <div
          className="blackout"
          onClick={() => setOverlay('none')}
          aria-label="Screen blacked out; press B to return"
        />
      ) : null}
    </div>
  )
}
