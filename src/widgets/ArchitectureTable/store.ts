/**
 * One architecture table's own state (a store per instance): the learner's edits of every
 * architecture, kept apart so switching architectures and back finds them again.
 */
import { createStore, type StoreApi } from 'zustand'
import type { Edits } from './model.ts'
import type { ArchName } from './schema.ts'

/** The store's state and actions. */
export interface ArchState {
  edits: Partial<Record<ArchName, Edits>>
  edit: (arch: ArchName, key: string, value: number) => void
  /** Forgets the edits of one architecture. */
  clear: (arch: ArchName) => void
}

/** Creates the store of one architecture table. */
export function createArchStore(): StoreApi<ArchState> {
  return createStore<ArchState>((set, get) => ({
    edits: {},
    edit: (arch, key, value) => {
      const edits = get().edits
      set({ edits: { ...edits, [arch]: { ...edits[arch], [key]: value } } })
    },
    clear: (arch) => set({ edits: { ...get().edits, [arch]: {} } }),
  }))
}

/** Selectors at module scope, so the component subscribes to one slice each. */
export const selectEdits = (s: ArchState) => s.edits
export const selectEdit = (s: ArchState) => s.edit
export const selectClear = (s: ArchState) => s.clear
