/**
 * One matched-filter widget's own state (a store per instance): the learner's edited template,
 * or null while the chosen pattern's preset values are used.
 */
import { createStore, type StoreApi } from 'zustand'
import { TEMPLATE_MAX } from './model.ts'

/** The store's state and actions. */
export interface FilterState {
  template: number[] | null
  /** Changes one value of `base` (the template on screen) and keeps the result. */
  edit: (base: readonly number[], index: number, value: number) => void
  /** Replaces the whole template (a pasted row), cut to TEMPLATE_MAX values. */
  replace: (values: readonly number[]) => void
  /** Back to the pattern's preset. */
  clear: () => void
}

/** Creates the store of one matched-filter widget. */
export function createFilterStore(): StoreApi<FilterState> {
  return createStore<FilterState>((set) => ({
    template: null,
    edit: (base, index, value) => set({ template: base.map((v, i) => (i === index ? value : v)) }),
    replace: (values) => set({ template: values.slice(0, TEMPLATE_MAX) }),
    clear: () => set({ template: null }),
  }))
}

/** Selectors at module scope, so components subscribe to one slice each. */
export const selectTemplate = (s: FilterState) => s.template
export const selectEdit = (s: FilterState) => s.edit
export const selectReplace = (s: FilterState) => s.replace
export const selectClear = (s: FilterState) => s.clear
