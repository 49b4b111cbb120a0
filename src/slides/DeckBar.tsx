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
        ⧉
      </button>
      <button type="button" className="deck__btn" onClick={onHelp} aria-label="Keyboard shortcuts">
        ?
      </button>
    </nav>
  )
}
