import { useEffect, useState } from 'react'

/** The time now, refreshed every second (for the presenter's clock and timer). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(id)
  }, [])
  return now
}

/** "m:ss" (or "h:mm:ss") for a duration in milliseconds. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** A stopwatch: elapsed time with pause and reset, driven by `now`. */
export function useStopwatch(now: number) {
  const [started, setStarted] = useState(() => Date.now())
  const [pausedAt, setPausedAt] = useState<number | null>(null)
  const elapsed = (pausedAt ?? now) - started
  return {
    elapsed,
    paused: pausedAt !== null,
    toggle: () => {
      if (pausedAt === null) setPausedAt(Date.now())
      else {
        setStarted((s) => s + (Date.now() - pausedAt))
        setPausedAt(null)
      }
    },
    reset: () => {
      setStarted(Date.now())
      setPausedAt((p) => (p === null ? null : Date.now()))
    },
  }
}
