/**
 * One character model trainer's own state (a store per instance): the learner's text. It is kept
 * here and nowhere else, so it never lands in a link, a URL or saved params.
 */
import { createContext, useContext } from 'react'
import { createStore, useStore, type StoreApi } from 'zustand'

/** The store's state and actions. */
export interface CharModelState {
  /** The learner's text the model trains on; '' until one is applied. */
  text: string
  /** What the paste box holds (typed, pasted or read from a file), not yet trained on. */
  draft: string
  /** The file the draft was read from, or null when it was typed or pasted. */
  fileName: string | null
  /** Why a chosen file was refused before or while reading it, or null. */
  fileProblem: string | null
  setDraft: (draft: string, fileName?: string | null) => void
  setFileProblem: (problem: string | null) => void
  /** Trains on `text` from now on (already checked by the caller). */
  apply: (text: string) => void
}

/** Creates the store of one trainer instance. */
export function createCharModelStore(): StoreApi<CharModelState> {
  return createStore<CharModelState>((set) => ({
    text: '',
    draft: '',
    fileName: null,
    fileProblem: null,
    setDraft: (draft, fileName = null) => set({ draft, fileName, fileProblem: null }),
    setFileProblem: (fileProblem) => set({ fileProblem }),
    apply: (text) => set({ text }),
  }))
}

/** Carries one trainer's store to its views. */
export const CharModelStoreContext = createContext<StoreApi<CharModelState> | null>(null)

/** Reads a slice of the enclosing trainer's store. */
export function useCharModel<T>(selector: (s: CharModelState) => T): T {
  const store = useContext(CharModelStoreContext)
  if (!store) throw new Error('useCharModel must be used inside a CharModelTrainer')
  return useStore(store, selector)
}
