import { useSyncExternalStore } from 'react'
import { parseRoute, type Route } from './routes.ts'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

let cachedHash: string | null = null
let cachedRoute: Route = { kind: 'index' }

function snapshot(): Route {
  // Same hash, same object: useSyncExternalStore needs a stable snapshot.
  if (window.location.hash !== cachedHash) {
    cachedHash = window.location.hash
    cachedRoute = parseRoute(cachedHash)
  }
  return cachedRoute
}

/** The current hash route, re-rendering on navigation. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot, () => ({ kind: 'index' }) as Route)
}

/** Navigates; `replace` rewrites the current history entry (for corrections like a clamped slide). */
export function navigate(hash: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', hash)
  else window.location.hash = hash
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'))
}
