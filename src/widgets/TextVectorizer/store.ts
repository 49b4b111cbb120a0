/**
 * One vectorizer's own state (a store per instance, design principle 8): what is in each sentence
 * field, the last version of each that was accepted, why a typed one was refused, and which
 * sentence the character view shows. Typed text stays out of the URL.
 */
import { createStore, type StoreApi } from 'zustand'
import { checkSentence } from './model.ts'
import { MAX_SENTENCES } from './presets.ts'

/** The vectorizer's state and its actions. */
export interface VectorizerState {
  /** Exactly what is in each field. */
  texts: string[]
  /** What the table uses: each field's last text that fits. */
  sentences: string[]
  errors: (string | null)[]
  /** The sentence (index) the character view encodes. */
  charIndex: number
  type: (index: number, text: string) => void
  pickChars: (index: number) => void
}

/** Creates the store from preset sentences (padded with empty fields). */
export function createVectorizerStore(start: readonly string[]): StoreApi<VectorizerState> {
  const padded = Array.from({ length: MAX_SENTENCES }, (_, i) => start[i] ?? '')
  return createStore<VectorizerState>((set) => ({
    texts: padded,
    sentences: padded,
    errors: padded.map(() => null),
    charIndex: 0,
    type: (index, text) =>
      set((s) => {
        const checked = checkSentence(text, index)
        const put = <T>(list: T[], v: T) => list.map((x, i) => (i === index ? v : x))
        return {
          texts: put(s.texts, text),
          sentences: checked.ok ? put(s.sentences, text) : s.sentences,
          errors: put(s.errors, checked.ok ? null : checked.message),
        }
      }),
    pickChars: (index) => set({ charIndex: Math.min(Math.max(index, 0), MAX_SENTENCES - 1) }),
  }))
}

export const selectTexts = (s: VectorizerState) => s.texts
export const selectSentences = (s: VectorizerState) => s.sentences
export const selectErrors = (s: VectorizerState) => s.errors
export const selectCharIndex = (s: VectorizerState) => s.charIndex
export const selectType = (s: VectorizerState) => s.type
export const selectPickChars = (s: VectorizerState) => s.pickChars
