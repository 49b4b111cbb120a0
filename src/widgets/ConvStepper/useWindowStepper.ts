import { useEffect, useState, type KeyboardEvent } from 'react'
import { useClickerSteps } from '../../lesson/clicker.ts'
import { clampStep, moveStep } from './model.ts'

interface Options {
  /** The step the params ask for (clamped to the map here). */
  requested: number
  /** How many output cells the window visits, and the output map's shape. */
  count: number
  rows: number
  cols: number
  playing: boolean
  /** Steps per second while playing. */
  speed: number
  setStep: (step: number) => void
  stopPlaying: () => void
}

/** True when the reader asked for reduced motion: playback should then not run on its own. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  )
}

/**
 * The stepping shared by the convolution, pooling and stamp steppers: the clamped step, a hover
 * preview, playback, arrow/Home/End keys on the output map (text fields and selects keep their
 * keys), and the clicker's next/previous on a live slide.
 */
export function useWindowStepper({
  requested,
  count,
  rows,
  cols,
  playing,
  speed,
  setStep,
  stopPlaying,
}: Options) {
  const [peek, setPeek] = useState<number | null>(null)
  const step = count ? clampStep(requested, count) : 0
  // A preview from hover only counts while it names a cell of the current map.
  const shown = peek !== null && peek < count ? peek : step

  useEffect(() => {
    if (!playing) return
    if (step >= count - 1) {
      stopPlaying()
      return
    }
    const id = window.setTimeout(() => setStep(step + 1), 1000 / speed)
    return () => window.clearTimeout(id)
  }, [playing, step, count, speed, setStep, stopPlaying])

  const go = (to: number) => {
    setPeek(null)
    setStep(to)
  }
  // On a live slide, the lecturer's clicker walks the window before moving on.
  useClickerSteps(count ? { step, count, go } : null)
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    const t = e.target
    if (t instanceof HTMLInputElement || t instanceof HTMLSelectElement || !count) return
    const to = moveStep(step, e.key, rows, cols)
    if (to === null) return
    e.preventDefault()
    stopPlaying()
    go(to)
  }
  return { step, shown, setPeek, go, onKey }
}
