import { useEffect, useRef, useState } from 'react'

const QUERY = '(prefers-reduced-motion: reduce)'

/** True while the system asks for reduced motion (then nothing moves on its own). */
export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(
    () => typeof matchMedia === 'function' && matchMedia(QUERY).matches,
  )
  useEffect(() => {
    if (typeof matchMedia !== 'function') return
    const mq = matchMedia(QUERY)
    const update = () => setReduced(mq.matches)
    mq.addEventListener?.('change', update)
    return () => mq.removeEventListener?.('change', update)
  }, [])
  return reduced
}

/**
 * While `playing`, calls `advance` every `ms`; `advance` returns false at the end, which stops.
 * Under reduced motion it never runs, whatever `playing` says.
 */
export function usePlayer(
  playing: boolean,
  reduced: boolean,
  advance: () => boolean,
  stop: () => void,
  ms = 1100,
): void {
  // The callbacks change every render; the timer should not restart because of that.
  const latest = useRef({ advance, stop })
  useEffect(() => {
    latest.current = { advance, stop }
  })
  useEffect(() => {
    if (!playing || reduced) return
    const id = setInterval(() => {
      if (!latest.current.advance()) latest.current.stop()
    }, ms)
    return () => clearInterval(id)
  }, [playing, reduced, ms])
}
