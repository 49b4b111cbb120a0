/** The pooling stepper instance's store, handed to its views by context. */
import { createContext, useContext } from 'react'
import { useStore, type StoreApi } from 'zustand'
import type { PoolState } from './store.ts'

/** Carries one pooling stepper's store to its views. */
export const PoolStoreContext = createContext<StoreApi<PoolState> | null>(null)

/** Reads a slice of the enclosing pooling stepper's store. */
export function usePool<T>(selector: (s: PoolState) => T): T {
  const store = useContext(PoolStoreContext)
  if (!store) throw new Error('usePool must be used inside a PoolStepper')
  return useStore(store, selector)
}
