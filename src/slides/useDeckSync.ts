import { useCallback, useEffect, useLayoutEffect, useRef } from 'react'
import { openDeckLink, type DeckLink } from './deckSync.ts'

/** This window's name on the deck channel (one per page load). */
const WINDOW_ID = Math.random().toString(36).slice(2, 12)

/** How long a forwarded press waits for the audience window's answer before moving alone. */
const ANSWER_MS = 600

/**
 * Follows the other windows of this deck and tells them where this one is. A slide reached by
 * following is not posted back: echoing it could drag a window that has since moved on (two fast
 * clicker presses) back to the slide in between.
 *
 * Presses travel too: the presenter's window forwards next/previous (`forward`) so that a widget on
 * the audience's slide takes its clicker steps there; the audience applies them (`onPress`) and
 * answers with its position. With no answer (no audience window open), the presenter moves alone.
 */
export function useDeckSync(
  slug: string,
  current: number,
  follow: (slide: number) => void,
  /** False until the deck has loaded: before that, `current` is not yet the real slide. */
  ready = true,
  onPress?: (direction: 'next' | 'prev') => void,
): (direction: 'next' | 'prev', alone: () => void) => boolean {
  const link = useRef<DeckLink | null>(null)
  const followed = useRef<number | null>(null)
  const heard = useRef(false)
  const known = useRef(new Set<string>())
  const waiting = useRef<number | null>(null)
  const latest = useRef({ follow, onPress, current })
  useLayoutEffect(() => {
    latest.current = { follow, onPress, current }
  })

  useEffect(() => {
    link.current = openDeckLink((p) => {
      if (p.slug !== slug || p.sender === WINDOW_ID) return
      if (p.press) {
        const { onPress: apply, current: at } = latest.current
        if (!apply) return
        apply(p.press)
        // Answer at once, so the presenter knows an audience window took the press.
        link.current?.post({ slug, slide: at, sender: WINDOW_ID })
        return
      }
      heard.current = true
      // A window heard for the first time (a presenter view just opened) learns of this one too.
      if (!known.current.has(p.sender)) {
        known.current.add(p.sender)
        link.current?.post({ slug, slide: latest.current.current, sender: WINDOW_ID })
      }
      if (waiting.current !== null) window.clearTimeout(waiting.current)
      waiting.current = null
      if (p.slide === latest.current.current) return
      followed.current = p.slide
      latest.current.follow(p.slide)
    })
    return () => {
      if (waiting.current !== null) window.clearTimeout(waiting.current)
      link.current?.close()
      link.current = null
    }
  }, [slug])

  useEffect(() => {
    if (!ready) return
    if (followed.current === current) {
      followed.current = null
      return
    }
    followed.current = null
    link.current?.post({ slug, slide: current, sender: WINDOW_ID })
  }, [slug, current, ready])

  return useCallback(
    (direction, alone) => {
      if (!heard.current || !link.current) return false
      link.current.post({
        slug,
        slide: latest.current.current,
        sender: WINDOW_ID,
        press: direction,
      })
      if (waiting.current !== null) window.clearTimeout(waiting.current)
      waiting.current = window.setTimeout(() => {
        // No answer: the audience window is gone. Move here, and stop forwarding until it is back.
        waiting.current = null
        heard.current = false
        alone()
      }, ANSWER_MS)
      return true
    },
    [slug],
  )
}
