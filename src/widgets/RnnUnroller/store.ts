/**
 * One unroller's own state (a store per instance, design principle 8): the word the learner types,
 * the last one that fits the vocabulary, why a typed one was refused, and whether it is playing.
 */
import { createStore, type StoreApi } from 'zustand'
import { parseWord } from './model.ts'

/** The unroller's state and its two actions. */
export interface UnrollerState {
  /** Exactly what is in the text field. */
  text: string
  /** The word the engine runs: the last text that parsed. */
  word: string
  error: string | null
  playing: boolean
  type: (text: string) => void
  setPlaying: (playing: boolean) => void
}

/** Creates the store, starting from a word the schema guarantees is valid. */
export function createUnrollerStore(word: string): StoreApi<UnrollerState> {
  return createStore<UnrollerState>((set) => ({
    text: word,
    word,
    error: null,
    playing: false,
    type: (text) => {
      const parsed = parseWord(text)
      set(parsed.ok ? { text, word: parsed.word, error: null } : { text, error: parsed.message })
    },
    setPlaying: (playing) => set({ playing }),
  }))
}

export const selectText = (s: UnrollerState) => s.text
export const selectWord = (s: UnrollerState) => s.word
export const selectError = (s: UnrollerState) => s.error
export const selectPlaying = (s: UnrollerState) => s.playing
export const selectType = (s: UnrollerState) => s.type
export const selectSetPlaying = (s: UnrollerState) => s.setPlaying
