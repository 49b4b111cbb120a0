/**
 * One pooling stepper's own state (a store per instance): the learner's edits of the input and of
 * the output gradient, keyed "r,c" so they survive a change of the params, and playback.
 */
import { createStore, type StoreApi } from 'zustand'

/** Which grid an edit changes. */
export type PoolTarget = 'input' | 'grad'

/** The store's state and actions. */
export interface PoolState {
  edits: Record<PoolTarget, Record<string, number>>
  playing: boolean
  /** Output cells per second while playing. */
  speed: number
  edit: (target: PoolTarget, cells: Record<string, number>) => void
  /** Forgets edits of one grid (a new preset should show the preset). */
  clear: (target: PoolTarget) => void
  setView: (view: Partial<Pick<PoolState, 'playing' | 'speed'>>) => void
}

/** Creates the store of one pooling stepper. */
export function createPoolStore(): StoreApi<PoolState> {
  return createStore<PoolState>((set, get) => ({
    edits: { input: {}, grad: {} },
    playing: false,
    speed: 2,
    edit: (target, cells) => {
      const edits = get().edits
      set({ edits: { ...edits, [target]: { ...edits[target], ...cells } } })
    },
    clear: (target) => set({ edits: { ...get().edits, [target]: {} } }),
    setView: (view) => set(view),
  }))
}

/** A rows×cols grid of `base` values (or `fill`) with the edits inside the shape written over it. */
export function withEdits(
  base: readonly (readonly number[])[] | null,
  rows: number,
  cols: number,
  edits: Record<string, number>,
  fill = 1,
): number[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const key = `${r},${c}`
      return Object.hasOwn(edits, key) ? edits[key] : (base?.[r]?.[c] ?? fill)
    }),
  )
}

/** Selectors at module scope, so components subscribe to one slice each. */
export const selectEdits = (s: PoolState) => s.edits
export const selectPlaying = (s: PoolState) => s.playing
export const selectSpeed = (s: PoolState) => s.speed
export const selectEdit = (s: PoolState) => s.edit
export const selectClear = (s: PoolState) => s.clear
export const selectSetView = (s: PoolState) => s.setView
