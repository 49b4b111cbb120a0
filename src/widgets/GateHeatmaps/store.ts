/**
 * One heatmap widget's own state (a store per instance): the text being typed, the last sequence
 * that parsed and why a typed one was refused, the character the hand-set units watch, and the
 * cell in focus (shared by every map, so f, i, g, o, c and h of one step and unit light up together).
 */
import { createStore, type StoreApi } from 'zustand'
import { parseSequence, type MapKey, type Sequence } from './model.ts'

/** The cell in focus: which map, step t (1-based) and unit j (0-based). */
export interface Focus {
  key: MapKey
  t: number
  j: number
}

/** The store's state and actions. */
export interface HeatmapState {
  text: string
  sequence: Sequence
  error: string | null
  /** The watched character; null means the sequence's default (see defaultTarget). */
  target: string | null
  focus: Focus | null
  type: (text: string) => void
  setTarget: (target: string) => void
  setFocus: (focus: Focus | null) => void
}

/** Creates the store from a starting sequence the schema guarantees parses. */
export function createHeatmapStore(start: string): StoreApi<HeatmapState> {
  const first = parseSequence(start)
  if (!first.ok) throw new RangeError(`GateHeatmaps: starting sequence refused: ${first.message}`)
  return createStore<HeatmapState>((set) => ({
    text: start,
    sequence: first.sequence,
    error: null,
    target: null,
    focus: null,
    type: (text) => {
      const parsed = parseSequence(text)
      set(
        parsed.ok
          ? { text, sequence: parsed.sequence, error: null, focus: null }
          : { text, error: parsed.message },
      )
    },
    setTarget: (target) => set({ target }),
    setFocus: (focus) => set({ focus }),
  }))
}

export const selectText = (s: HeatmapState) => s.text
export const selectSequence = (s: HeatmapState) => s.sequence
export const selectError = (s: HeatmapState) => s.error
export const selectTarget = (s: HeatmapState) => s.target
export const selectFocus = (s: HeatmapState) => s.focus
export const selectType = (s: HeatmapState) => s.type
export const selectSetTarget = (s: HeatmapState) => s.setTarget
export const selectSetFocus = (s: HeatmapState) => s.setFocus
