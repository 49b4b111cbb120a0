/** The matched-filter instance's store, handed to its views by context. */
import { createContext, useContext } from 'react'
import { useStore, type StoreApi } from 'zustand'
import type { FilterState } from './store.ts'

/** Carries one matched-filter widget's store to its views. */
export const FilterStoreContext = createContext<StoreApi<FilterState> | null>(null)

/** Reads a slice of the enclosing matched-filter widget's store. */
export function useFilter<T>(selector: (s: FilterState) => T): T {
  const store = useContext(FilterStoreContext)
  if (!store) throw new Error('useFilter must be used inside a MatchedFilter')
  return useStore(store, selector)
}
