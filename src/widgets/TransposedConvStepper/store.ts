/**
 * One stamp stepper's own state (a store per instance): the learner's edits of the input and the
 * kernel, keyed "r,c" so they survive a change of the params, and playback.
 */
import { createStore, type StoreApi } from 'zustand'

/** Which grid an edit changes. */
export type StampTarget = 'input' | 'kernel'

/** The store's state and actions. */
export interface StampState {
  edits: Record<StampTarget, Record<string, number>>
  playing: boolean
  /** Stamps per second while playing. */
  speed: number
  edit: (target: StampTarget, cells: Record<string, number>) => void
  /** Forgets edits of one grid (a new preset should show the preset). */
  clear: (target: StampTarget) => void
  setView: (view: Partial<Pick<StampState, 'playing' | 'speed'>>) => void
}

/** Creates the store of one stamp stepper. */
export function createStampStore(): StoreApi<StampState> {
  return createStore<StampState>((set, get) => ({
    edits: { input: {}, kernel: {} },
    playing: false,
    speed: 1,
    edit: (target, cells) => {
      const edits = get().edits
      set({ edits: { ...edits, [target]: { ...edits[target], ...cells } } })
    },
    clear: (target) => set({ edits: { ...get().edits, [target]: {} } }),
    setView: (view) => set(view),
  }))
}

/** The grid with the edits inside its shape written over it. */
export function withEdits(base: number[][], edits: Record<string, number>): number[][] {
  return base.map((row, r) =>
    row.map((v, c) => (Object.hasOwn(edits, `${r},${c}`) ? edits[`${r},${c}`] : v)),
  )
}

/** Selectors at module scope, so components subscribe to one slice each. */
export const selectEdits = (s: StampState) => s.edits
export const selectPlaying = (s: StampState) => s.playing
export const selectSpeed = (s: StampState) => s.speed
export const selectEdit = (s: StampState) => s.edit
export const selectClear = (s: StampState) => s.clear
export const selectSetView = (s: StampState) => s.setView
