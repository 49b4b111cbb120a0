import { navigate } from '../app/useRoute.ts'

/** The quiet control bar under the stage: notebook link, previous/next, count, overview, help. */
export function DeckBar({
  slug,
  current,
  count,
  typed,
  onOverview,
  onHelp,
  onPresenter,
}: {
  slug: string
  current: number
  count: number
  /** A slide number being typed (digits, then Enter), shown so the lecturer sees it. */
  typed: string
  onOverview: () => void
  onHelp: () => void
  onPresenter: () => void
}) {
  const go = (n: number) => navigate(`#/${slug}/slides/${Math.min(Math.max(1, n), count)}`)
  return (
    <nav className="deck__bar" aria-label="Slide controls">
      <a className="deck__link" href={`#/${slug}`}>
        Notebook
      </a>
      <button
        type="button"
        className="deck__btn"
        onClick={() => go(current - 1)}
        disabled={current === 1}
        aria-label="Previous slide"
      >
        ←
      </button>
      <span className="deck__count" aria-live="polite">
        {typed ? `Go to ${typed}…` : `${current} / ${count}`}
      </span>
      <button
        type="button"
        className="deck__btn"
        onClick={() => go(current + 1)}
        disabled={current === count}
        aria-label="Next slide"
      >
        →
      </button>
      <button type="button" className="deck__btn" onClick={onOverview} aria-label="Overview">
        ▦
      </button>
      <button
        type="button"
        className="deck__btn"
        onClick={onPresenter}
        aria-label="Presenter view"
        title="Presenter view (P)"
      >
        {/* Two screens: fonts on lecture-hall PCs rarely carry a glyph for this. */}
        <svg viewBox="0 0 20 16" width="18" height="14" aria-hidden="true">
          <rect x="1" y="1" width="11" height="8" rx="1" fill="none" stroke="currentColor" />
          <rect x="8" y="6" width="11" height="8" rx="1" fill="currentColor" opacity="0.6" />
        </svg>
      </button>
      <button type="button" className="deck__btn" onClick={onHelp} aria-label="Keyboard shortcuts">
        ?
      </button>
    </nav>
  )
}
