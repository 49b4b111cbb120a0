/** One sequence-loss table's own state (a store per instance): which cells are padded. */
import { createStore, type StoreApi } from 'zustand'

/** The padded cells, keyed "instance,step" (0-based), and the toggle. */
export interface MaskState {
  padded: ReadonlySet<string>
  toggle: (key: string) => void
}

/** Creates the store from the cells padded at the start. */
export function createMaskStore(initial: ReadonlySet<string>): StoreApi<MaskState> {
  return createStore<MaskState>((set, get) => ({
    padded: initial,
    toggle: (key) => {
      const next = new Set(get().padded)
      if (!next.delete(key)) next.add(key)
      set({ padded: next })
    },
  }))
}

export const selectPadded = (s: MaskState) => s.padded
export const selectToggle = (s: MaskState) => s.toggle
