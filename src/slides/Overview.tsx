import type { LessonEntry } from '../lesson/catalog.ts'
import type { LessonModule } from '../lesson/types.ts'
import { SlideContent } from './SlideContent.tsx'
import { Stage } from './Stage.tsx'

const THUMB_SCALE = 0.2

/** Every slide as a thumbnail; pick one to go there. Thumbnails are inert copies, not live widgets. */
export function Overview({
  entry,
  module,
  count,
  current,
  onPick,
}: {
  entry: LessonEntry
  module: LessonModule
  count: number
  current: number
  onPick: (n: number) => void
}) {
  return (
    <div className="overview" role="dialog" aria-modal="true" aria-label="All slides">
      <h2 className="overview__title">{entry.title}: all slides</h2>
      <ol className="overview__grid">
        {Array.from({ length: count }, (_, i) => i + 1).map((n) => (
          <li key={n} className="overview__item">
            {/* The thumbnail sits beside the button, not in it: a slide may hold buttons of its own. */}
            <div inert className="overview__frame">
              <Stage scale={THUMB_SCALE} fit>
                <SlideContent entry={entry} module={module} n={n} preview />
              </Stage>
            </div>
            <button
              type="button"
              className={`overview__thumb${n === current ? ' overview__thumb--current' : ''}`}
              onClick={() => onPick(n)}
              aria-label={`Slide ${n}`}
              aria-current={n === current ? 'true' : undefined}
              autoFocus={n === current}
            >
              <span className="overview__number">{n}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  )
}
