import { useRef, type KeyboardEvent } from 'react'
import { DIGIT_VIEWS, type DigitView } from './schema.ts'

const NAMES: Record<DigitView, string> = {
  draw: 'Draw a digit',
  filters: 'First-layer filters',
  confusion: 'Confusion matrix',
}

interface Props {
  id: string
  view: DigitView
  onView: (view: DigitView) => void
}

/** The three views as tabs: arrow keys, Home and End move between them (WAI-ARIA tabs pattern). */
export function ViewTabs({ id, view, onView }: Props) {
  const list = useRef<HTMLDivElement>(null)
  const onKey = (e: KeyboardEvent) => {
    const at = DIGIT_VIEWS.indexOf(view)
    const n = DIGIT_VIEWS.length
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1 + n, Home: 0, End: n - 1 }[e.key]
    if (to === undefined) return
    e.preventDefault()
    const next = DIGIT_VIEWS[to % n]
    onView(next)
    list.current?.querySelector<HTMLElement>(`[data-view="${next}"]`)?.focus()
  }
  return (
    <div
      className="digits-tabs"
      role="tablist"
      aria-label="What to look at"
      ref={list}
      onKeyDown={onKey}
    >
      {DIGIT_VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={`${id}-tab-${v}`}
          data-view={v}
          aria-selected={v === view}
          aria-controls={`${id}-panel`}
          tabIndex={v === view ? 0 : -1}
          onClick={() => onView(v)}
        >
          {NAMES[v]}
        </button>
      ))}
    </div>
  )
}
