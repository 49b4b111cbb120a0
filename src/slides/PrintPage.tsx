import { NotFound } from '../app/NotFound.tsx'
import { useDocumentTitle } from '../app/useDocumentTitle.ts'
import { deckLength, findLesson } from '../lesson/catalog.ts'
import { useLessonModule } from '../lesson/useLessonModule.ts'
import { EagerWidgets } from '../widgets/host/eager.ts'
import { SlideContent } from './SlideContent.tsx'
import { Stage } from './Stage.tsx'
import '../viz/katexStyles.ts'
import '../lesson/lesson.css'
import './slides.css'
import './print.css'

/**
 * The whole deck for paper or PDF: every slide at the projector's 1280×720, one per page, widgets
 * mounted at once and shown in the state the learner left them (their saved edits).
 */
export default function PrintPage({ slug }: { slug: string }) {
  const entry = findLesson(slug)
  const state = useLessonModule(entry)
  useDocumentTitle(entry ? `${entry.title} (slides for print) · Unfold` : 'Not found · Unfold')
  if (!entry) return <NotFound what="lesson" />
  if (state.status !== 'ready') {
    return <p className="print-status">{state.status === 'failed' ? state.error : 'Loading…'}</p>
  }
  const count = deckLength(state.module)
  return (
    <div className="print-deck" data-ready="true">
      <header className="print-bar">
        <a href={`#/${slug}/slides/1`}>Back to the slides</a>
        <span>
          {count} slides, one per page. In the print dialog choose landscape and no margins, or save
          as PDF.
        </span>
        <button type="button" className="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </header>
      <EagerWidgets.Provider value={true}>
        {Array.from({ length: count }, (_, i) => i + 1).map((n) => (
          <section key={n} className="print-slide" aria-label={`Slide ${n} of ${count}`}>
            <Stage scale={1} fit>
              <SlideContent entry={entry} module={state.module} n={n} preview />
            </Stage>
          </section>
        ))}
      </EagerWidgets.Provider>
    </div>
  )
}
