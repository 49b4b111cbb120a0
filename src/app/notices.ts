import { create } from 'zustand'

/** A message the learner should see once: reset saved data, a parameter that fell back, etc. */
export interface Notice {
  id: number
  text: string
  tone: 'info' | 'warning'
}

interface NoticeState {
  notices: Notice[]
  push: (text: string, tone?: Notice['tone']) => void
  dismiss: (id: number) => void
}

let nextId = 1

/** App-wide notices (the app store stays tiny: this and the learner's saved state). */
export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  push: (text, tone = 'info') =>
    set((s) =>
      s.notices.some((n) => n.text === text)
        ? s
        : { notices: [...s.notices, { id: nextId++, text, tone }] },
    ),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}))

/** Pushes a notice from outside React. */
export function notify(text: string, tone: Notice['tone'] = 'info'): void {
  useNotices.getState().push(text, tone)
}
