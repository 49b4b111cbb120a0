import { useEffect, useState } from 'react'
import { useLearner } from '../app/learner.ts'
import { NotFound } from '../app/NotFound.tsx'
import { parseRoute } from '../app/routes.ts'
import { navigate } from '../app/useRoute.ts'
import { useDocumentTitle } from '../app/useDocumentTitle.ts'
import { deckLength, findLesson } from '../lesson/catalog.ts'
import { useLessonModule } from '../lesson/useLessonModule.ts'
import { HelpOverlay } from './HelpOverlay.tsx'
import { claimPress } from '../lesson/clicker.ts'
import { DeckBar } from './DeckBar.tsx'
import { Laser } from './Laser.tsx'
import { useDeckKeys } from './useDeckKeys.ts'
import { useDeckSync } from './useDeckSync.ts'
import { usePrintShortcut } from './usePrintShortcut.ts'
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
  const [laser, setLaser] = useState(false)
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

  const openPresenter = () => {
    // A named window: pressing P again focuses the open presenter view instead of a new one.
    window.open(`#/${slug}/presenter/${current}`, 'unfold-presenter', 'popup,width=1280,height=800')
  }
  const ready = state.status === 'ready'
  usePrintShortcut(slug)
  // A press forwarded from the presenter's window: a widget takes it first, as with a local key.
  const applyPress = (direction: 'next' | 'prev') => {
    if (claimPress(direction)) return
    const live = parseRoute(window.location.hash)
    const at = live.kind === 'slides' ? live.slide : current
    const to = Math.min(Math.max(1, at + (direction === 'next' ? 1 : -1)), count)
    navigate(`#/${slug}/slides/${to}`)
  }
  useDeckSync(slug, current, (n) => navigate(`#/${slug}/slides/${n}`, true), ready, applyPress)
  const typed = useDeckKeys({
    slug,
    view: 'slides',
    count,
    current,
    onAction: (action) => {
      switch (action) {
        case 'close':
          setOverlay('none')
          setLaser(false)
          return true
        case 'fullscreen':
          toggleFullscreen()
          return true
        case 'presenter':
          openPresenter()
          return true
        case 'laser':
          setLaser((on) => !on)
          return true
        case 'overview':
        case 'help':
        case 'blackout':
          setOverlay((o) => (o === action ? 'none' : action))
          return true
        default:
          // A move closes blackout and help, but not the overview (it has its own keys).
          if (overlay === 'blackout' || overlay === 'help') setOverlay('none')
          if (overlay === 'overview') return true
          // A steppable widget on the slide takes next/previous until it reaches its end.
          return (action === 'next' || action === 'prev') && claimPress(action)
      }
    },
  })

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
      <DeckBar
        slug={slug}
        current={current}
        count={count}
        typed={typed}
        onOverview={() => setOverlay('overview')}
        onHelp={() => setOverlay('help')}
        onPresenter={openPresenter}
      />
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
      {laser ? <Laser /> : null}
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
