/**
 * Fuzz mode (after PhET's): seeded random pointer, wheel and keyboard input aimed at whatever is on
 * screen, in any mode. Same seed, same sequence of choices. Progress and any errors are published on
 * `window.__unfoldFuzz` for the end-to-end tests, and shown in a corner badge.
 */
import { Random } from '../../engine/random.ts'
import type { FuzzOptions } from './options.ts'
import { randomEvent } from './events.ts'

/** What the fuzzer has done so far. */
export interface FuzzReport {
  seed: number
  target: number
  done: number
  finished: boolean
  errors: string[]
}

declare global {
  interface Window {
    __unfoldFuzz?: FuzzReport
  }
}

const PER_FRAME = 20

/** Starts fuzzing; returns a function that stops it. */
export function startFuzzer({ seed, events }: FuzzOptions): () => void {
  const rng = new Random(seed)
  const report: FuzzReport = { seed, target: events, done: 0, finished: false, errors: [] }
  window.__unfoldFuzz = report
  const onError = (e: ErrorEvent) => report.errors.push(String(e.message))
  const onRejection = (e: PromiseRejectionEvent) => report.errors.push(String(e.reason))
  window.addEventListener('error', onError)
  window.addEventListener('unhandledrejection', onRejection)

  const badge = document.createElement('div')
  badge.setAttribute('aria-hidden', 'true')
  badge.style.cssText =
    'position:fixed;left:8px;bottom:8px;z-index:9999;padding:2px 8px;border-radius:6px;' +
    'background:#7c2d12;color:#fff;font:12px system-ui;pointer-events:none'
  document.body.appendChild(badge)

  let stopped = false
  const tick = () => {
    if (stopped) return
    for (let i = 0; i < PER_FRAME && report.done < events; i++) {
      try {
        randomEvent(rng)
      } catch (e) {
        report.errors.push(e instanceof Error ? e.message : String(e))
      }
      report.done++
    }
    badge.textContent = `fuzz ${report.done}/${events} seed ${seed}`
    if (report.done < events) setTimeout(tick, 0)
    else {
      report.finished = true
      stop()
    }
  }
  const stop = () => {
    stopped = true
    window.removeEventListener('error', onError)
    window.removeEventListener('unhandledrejection', onRejection)
  }
  setTimeout(tick, 0)
  return stop
}
