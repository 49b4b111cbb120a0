import type { ReactNode } from 'react'
import { useLesson } from './context.ts'

/**
 * Speaker notes: hidden in the notebook and on the audience's slides, shown in the presenter
 * window (which renders a slide in notes mode).
 */
export function Notes({ children }: { children?: ReactNode }) {
  const { view } = useLesson()
  return view.mode === 'notes' ? <div className="speaker-notes">{children}</div> : null
}
