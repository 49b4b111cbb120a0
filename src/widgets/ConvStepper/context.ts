/** The stepper instance's store, handed to its views by context (two steppers never share one). */
import { createContext, useContext } from 'react'
import { useStore, type StoreApi } from 'zustand'
import type { StepperState } from './store.ts'

/** Carries one stepper instance's store to its views. */
export const StepperStoreContext = createContext<StoreApi<StepperState> | null>(null)

/** Reads a slice of the enclosing stepper's store. */
export function useStepper<T>(selector: (s: StepperState) => T): T {
  const store = useContext(StepperStoreContext)
  if (!store) throw new Error('useStepper must be used inside a ConvStepper')
  return useStore(store, selector)
}
