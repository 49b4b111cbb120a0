/**
 * Keeps the audience window and the presenter window on the same slide. Messages go over a
 * BroadcastChannel (same origin only, by construction); where that is missing, a localStorage
 * write fires a `storage` event in the other window instead. Messages are validated field by
 * field: anything else on the channel is ignored.
 */
import { isRecord } from '../app/persist.ts'

/** Where one window of a deck is; with `press`, a clicker press for the audience window to apply. */
export interface DeckPosition {
  slug: string
  slide: number
  /** Which window sent it, so a window ignores its own echo. */
  sender: string
  /** The presenter's next/previous, forwarded so a widget on the audience's slide can take it. */
  press?: 'next' | 'prev'
}

const CHANNEL = 'unfold-deck'
const STORAGE_KEY = 'unfold.deck-sync'
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The message as a DeckPosition, or null if it is not one. */
export function parsePosition(raw: unknown): DeckPosition | null {
  if (!isRecord(raw)) return null
  const { slug, slide, sender } = raw
  if (typeof slug !== 'string' || slug.length > 80 || !SLUG.test(slug)) return null
  if (typeof slide !== 'number' || !Number.isInteger(slide) || slide < 1 || slide > 9999)
    return null
  if (typeof sender !== 'string' || sender.length === 0 || sender.length > 40) return null
  const press = raw.press
  if (press === 'next' || press === 'prev') return { slug, slide, sender, press }
  if (press !== undefined) return null
  return { slug, slide, sender }
}

/** A two-way link between the windows of a deck. */
export interface DeckLink {
  post: (position: DeckPosition) => void
  close: () => void
}

/** Opens the link; `onPosition` hears the other windows (never this one's own posts). */
export function openDeckLink(onPosition: (position: DeckPosition) => void): DeckLink {
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(CHANNEL)
    channel.onmessage = (e: MessageEvent) => {
      const position = parsePosition(e.data)
      if (position) onPosition(position)
    }
    return { post: (p) => channel.postMessage(p), close: () => channel.close() }
  }
  const onStorage = (e: StorageEvent) => {
    if (e.key !== STORAGE_KEY || !e.newValue) return
    try {
      const position = parsePosition(JSON.parse(e.newValue))
      if (position) onPosition(position)
    } catch {
      // not ours: ignore
    }
  }
  window.addEventListener('storage', onStorage)
  return {
    post: (p) => {
      try {
        // A timestamp makes every write a change, so the same slide twice still fires an event.
        localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...p, at: Date.now() }))
      } catch {
        // storage refused (private mode): the windows simply do not follow each other
      }
    },
    close: () => window.removeEventListener('storage', onStorage),
  }
}
