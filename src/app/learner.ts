/**
 * The learner's saved state, one concern per key: lessons visited, exercises solved, widget edits.
 * Keys inside a concern are `<lesson slug>/<instanceKey>` (instance keys come from the build).
 */
import { create } from 'zustand'
import { isRecord, load, recordOf, save, type Concern } from './persist.ts'

/** When a lesson was last opened and the furthest slide seen. */
export interface Visit {
  at: number
  slide?: number
}

/** An exercise the learner solved (revealed answers do not count). */
export interface Solved {
  at: number
}

/** Raw widget params as the learner left them (validated again on load). */
export type WidgetEdits = Record<string, unknown>

const isVisit = (v: unknown): v is Visit =>
  isRecord(v) && typeof v.at === 'number' && (v.slide === undefined || typeof v.slide === 'number')
const isSolved = (v: unknown): v is Solved => isRecord(v) && typeof v.at === 'number'

export const progressConcern: Concern<Record<string, Visit>> = {
  name: 'progress',
  version: 1,
  label: 'reading progress',
  parse: (raw) => recordOf(raw, isVisit),
  empty: () => ({}),
}

export const exercisesConcern: Concern<Record<string, Solved>> = {
  name: 'exercises',
  version: 1,
  label: 'exercise answers',
  parse: (raw) => recordOf(raw, isSolved),
  empty: () => ({}),
}

export const widgetsConcern: Concern<Record<string, WidgetEdits>> = {
  name: 'widgets',
  version: 1,
  label: 'widget settings',
  parse: (raw) => recordOf(raw, isRecord),
  empty: () => ({}),
}

interface LearnerState {
  visits: Record<string, Visit>
  solved: Record<string, Solved>
  edits: Record<string, WidgetEdits>
  visit: (slug: string, slide?: number) => void
  solve: (key: string) => void
  saveEdits: (key: string, params: WidgetEdits | null) => void
}

/** The learner store; every change is written through to its own localStorage key. */
export const useLearner = create<LearnerState>((set, get) => ({
  visits: load(progressConcern),
  solved: load(exercisesConcern),
  edits: load(widgetsConcern),
  visit: (slug, slide) => {
    const previous = get().visits[slug]
    const furthest = Math.max(previous?.slide ?? 0, slide ?? 0) || undefined
    const visits = { ...get().visits, [slug]: { at: Date.now(), slide: furthest } }
    set({ visits })
    save(progressConcern, visits)
  },
  solve: (key) => {
    if (get().solved[key]) return
    const solved = { ...get().solved, [key]: { at: Date.now() } }
    set({ solved })
    save(exercisesConcern, solved)
  },
  saveEdits: (key, params) => {
    const edits = { ...get().edits }
    if (params) edits[key] = params
    else delete edits[key]
    set({ edits })
    save(widgetsConcern, edits)
  },
}))

/** How many exercises of a lesson are solved. */
export function solvedIn(solved: Record<string, Solved>, slug: string): number {
  return Object.keys(solved).filter((k) => k.startsWith(`${slug}/`)).length
}
