import { useId, useRef, type KeyboardEvent } from 'react'
import { formatNumber } from '../../lesson/format.ts'
import type { Strip } from './model.ts'

interface Props {
  strip: Strip
  /** The n the heatmap shows, outlined here; picking a cell shows that n there. */
  selected: number
  onPick: (n: number) => void
}

const percent = (x: number) => `${formatNumber(100 * x, 3)}%`

/** Accuracy per n as a strip of ✓ and ✗, the training range bracketed underneath. */
export function AccuracyStrip({ strip, selected, onPick }: Props) {
  const id = useId()
  const box = useRef<HTMLDivElement>(null)
  const count = strip.cells.length
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: selected + 1,
      ArrowLeft: selected - 1,
      Home: 1,
      End: count,
    }
    const next = moves[e.key]
    if (next === undefined) return
    e.preventDefault()
    const n = Math.min(Math.max(next, 1), count)
    onPick(n)
    box.current?.querySelector<HTMLButtonElement>(`[data-n="${n}"]`)?.focus()
  }
  return (
    <section className="counting-view" aria-labelledby={`${id}-title`}>
      <div className="counting-view__title" role="heading" aria-level={3} id={`${id}-title`}>
        Accuracy for each n
      </div>
      <div className="counting-note">
        Right for every n up to <strong>{strip.rightUpTo}</strong>. Strings right:{' '}
        {percent(strip.inside)} inside the training range
        {strip.beyond === null ? '' : `, ${percent(strip.beyond)} beyond it`}. Predictable symbols
        right: {percent(strip.symbolsInside)} inside
        {strip.symbolsBeyond === null ? '' : `, ${percent(strip.symbolsBeyond)} beyond`}.
      </div>
      <div
        className="counting-strip"
        ref={box}
        role="toolbar"
        aria-label="Accuracy per n; pick an n to show its activations"
        onKeyDown={onKey}
      >
        {strip.cells.map((c) => (
          <button
            type="button"
            key={c.n}
            data-n={c.n}
            tabIndex={c.n === Math.min(selected, count) ? 0 : -1}
            aria-pressed={c.n === selected}
            title={c.title}
            aria-label={c.title}
            className={`counting-strip__cell ${c.correct ? 'is-right' : 'is-wrong'}${c.inTraining ? ' is-trained' : ''}`}
            onClick={() => onPick(c.n)}
          >
            <span className="counting-strip__mark" aria-hidden="true">
              {c.correct ? '✓' : '✗'}
            </span>
            <span className="counting-strip__n" aria-hidden="true">
              {c.n}
            </span>
          </button>
        ))}
      </div>
      <div className="counting-note">
        <span className="counting-strip__key" aria-hidden="true" /> trained on n ≤ {strip.maxN}. A
        string is right only if every predictable symbol (each one after the first b) is predicted
        right.
      </div>
    </section>
  )
}
