/**
 * One versioned localStorage key per concern (progress, exercises, widget edits, ...).
 * Unreadable data, or data written by an older schema, resets that key alone, with a notice; the
 * other concerns are untouched. Storage that throws (private mode, quota) degrades to memory only.
 */
import { notify } from './notices.ts'

/** A persisted concern: its key, schema version, validator and empty value. */
export interface Concern<T> {
  /** Short name, e.g. "progress"; the storage key is `unfold.<name>.v<version>`. */
  name: string
  version: number
  /** What a learner would call this data, for the reset notice. */
  label: string
  /** Returns the value if `raw` matches the schema, otherwise null. */
  parse: (raw: unknown) => T | null
  empty: () => T
}

/** The storage key for a concern. */
export function storageKey(concern: Concern<unknown>): string {
  return `unfold.${concern.name}.v${concern.version}`
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** Reads a concern, resetting it (and only it) if what is stored cannot be used. */
export function load<T>(concern: Concern<T>): T {
  const store = storage()
  if (!store) return concern.empty()
  const key = storageKey(concern)
  try {
    dropOlderVersions(store, concern)
    const text = store.getItem(key)
    if (text === null) return concern.empty()
    const value = concern.parse(JSON.parse(text))
    if (value !== null) return value
  } catch {
    // fall through to the reset below
  }
  try {
    store.removeItem(key)
  } catch {
    // nothing more we can do
  }
  notify(
    `Your saved ${concern.label} could not be read, so it was reset. Everything else is kept.`,
    'warning',
  )
  return concern.empty()
}

function dropOlderVersions(store: Storage, concern: Concern<unknown>): void {
  for (let v = 0; v < concern.version; v++) {
    const old = `unfold.${concern.name}.v${v}`
    if (store.getItem(old) !== null) {
      store.removeItem(old)
      notify(`Your saved ${concern.label} came from an older version of Unfold and was reset.`)
    }
  }
}

/** Writes a concern; failures (quota, private mode) keep the in-memory state and say so once. */
export function save<T>(concern: Concern<T>, value: T): void {
  const store = storage()
  if (!store) return
  try {
    store.setItem(storageKey(concern), JSON.stringify(value))
  } catch {
    notify(
      `Your ${concern.label} could not be saved in this browser; it will last until you close the tab.`,
      'warning',
    )
  }
}

/** True for a plain object (not null, not an array). */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

/** Keeps the entries of a record whose values pass `check`; null if `raw` is not a record. */
export function recordOf<V>(raw: unknown, check: (v: unknown) => v is V): Record<string, V> | null {
  if (!isRecord(raw)) return null
  const out: Record<string, V> = {}
  for (const [k, v] of Object.entries(raw)) {
    if (!check(v)) return null
    // Define, not assign: a saved "__proto__" key must stay data, not replace the prototype.
    Object.defineProperty(out, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return out
}
