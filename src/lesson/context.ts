import { createContext, useContext } from 'react'

/**
 * How the lesson is being shown: the whole notebook, one slide of the deck, or only the speaker
 * notes of one slide (the presenter window).
 */
export type LessonView =
  | { mode: 'notebook' }
  /** `preview`: a copy of the slide (overview thumbnail, presenter's preview), not the live one. */
  | { mode: 'slide'; index: number; preview?: boolean }
  | { mode: 'notes'; index: number }

/** The lesson being rendered and how, for components that store state or show per slide. */
export interface LessonContextValue {
  slug: string
  view: LessonView
}

export const LessonContext = createContext<LessonContextValue>({
  slug: '',
  view: { mode: 'notebook' },
})

/** The surrounding lesson (slug and view). */
export function useLesson(): LessonContextValue {
  return useContext(LessonContext)
}
