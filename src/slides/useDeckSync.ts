import { useEffect, useLayoutEffect, useRef } from 'react'
import { openDeckLink, type DeckLink } from './deckSync.ts'

/** This window's name on the deck channel (one per page load). */
const WINDOW_ID = Math.random().toString(36).slice(2, 12)

/**
 * Follows the other windows of this deck and tells them where this one is. A slide reached by
 * following is not posted back: echoing it could drag a window that has since moved on (two fast
 * clicker presses) back to the slide in between.
 */
export function useDeckSync(
  slug: string,
  current: number,
  follow: (slide: number) => void,
  /** False until the deck has loaded: before that, `current` is not yet the real slide. */
  ready = true,
): void {
  const link = useRef<DeckLink | null>(null)
  const followed = useRef<number | null>(null)
  const followRef = useRef(follow)
  useLayoutEffect(() => {
    followRef.current = follow
  })

  useEffect(() => {
    link.current = openDeckLink((p) => {
      if (p.slug !== slug || p.sender === WINDOW_ID) return
      followed.current = p.slide
      followRef.current(p.slide)
    })
    return () => {
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
}
