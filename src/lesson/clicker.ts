/**
 * Clicker steps: a widget on the slide being shown can claim the deck's next/previous presses, so
 * the lecturer's clicker first walks the convolution window (or the time step) and only then moves
 * to the next slide. Widgets register through `useClickerSteps`; the deck asks `claimPress`.
 */
import { useEffect, useId } from 'react'
import { useLesson } from './context.ts'

/** Where a steppable widget is, how far it can go, and how to move it. */
export interface ClickerSteps {
  step: number
  count: number
  go: (step: number) => void
}

// Insertion order is mount order, which follows the slide's reading order.
const claims = new Map<string, ClickerSteps>()

/**
 * Offers a widget's steps to the deck while it is on the live slide (never in the notebook, an
 * embed, the overview's thumbnails or the presenter's previews). Pass null to offer none.
 */
export function useClickerSteps(steps: ClickerSteps | null): void {
  const id = useId()
  const { view } = useLesson()
  const live = view.mode === 'slide' && !view.preview
  useEffect(() => {
    if (!live || !steps || steps.count < 2) {
      claims.delete(id)
      return
    }
    claims.set(id, steps)
  })
  useEffect(() => () => void claims.delete(id), [id])
}

/**
 * Lets the first steppable widget on the slide take a next/previous press. True when it did:
 * next moves it forward unless it is at its last step; previous moves it back unless at its first.
 */
export function claimPress(direction: 'next' | 'prev'): boolean {
  for (const steps of claims.values()) {
    if (direction === 'next' && steps.step < steps.count - 1) {
      steps.go(steps.step + 1)
      return true
    }
    if (direction === 'prev' && steps.step > 0) {
      steps.go(steps.step - 1)
      return true
    }
    return false
  }
  return false
}
