/**
 * One digit trainer's own state (a store per instance): whether the learner is looking at a
 * validation digit or at their own drawing, and that drawing, already preprocessed to 28 × 28.
 */
import { createStore, type StoreApi } from 'zustand'

/** Where the digit on show comes from. */
export type DigitSource = 'validation' | 'drawing'

/** The store's state and actions. */
export interface DigitState {
  source: DigitSource
  /** The drawn digit (784 pixels of ink), or null while the pad is blank. */
  drawn: number[] | null
  /** Shows a drawing (null: a blank pad). */
  setDrawn: (pixels: number[] | null) => void
  /** Goes back to the validation digit the params name. */
  showValidation: () => void
}

/** Creates the store of one digit trainer. */
export function createDigitStore(): StoreApi<DigitState> {
  return createStore<DigitState>((set) => ({
    source: 'validation',
    drawn: null,
    setDrawn: (drawn) => set({ source: 'drawing', drawn }),
    showValidation: () => set({ source: 'validation', drawn: null }),
  }))
}

/** Selectors at module scope, so components subscribe to one slice each. */
export const selectSource = (s: DigitState) => s.source
export const selectDrawn = (s: DigitState) => s.drawn
export const selectSetDrawn = (s: DigitState) => s.setDrawn
export const selectShowValidation = (s: DigitState) => s.showValidation
