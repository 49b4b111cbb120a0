import type { ReactNode } from 'react'
import { useLesson } from './context.ts'

/** One `---`-delimited part of a lesson (inserted by build/remark-lesson.ts, never written by hand). */
export function Slide({ index, children }: { index: string; children?: ReactNode }) {
  const { view } = useLesson()
  const n = Number(index)
  if (view.mode === 'slide')
    return view.index === n ? <div className="slide-body">{children}</div> : null
  // Notes mode renders the slide so its <Notes> can show; CSS hides everything else.
  if (view.mode === 'notes')
    return view.index === n ? <div className="notes-source">{children}</div> : null
  return (
    <section className="lesson-part" data-part={n}>
      {children}
    </section>
  )
}
