import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { parseRoute } from '../app/routes.ts'
import { navigate } from '../app/useRoute.ts'
import { nextTheme, useTheme } from '../app/theme.ts'
import { controlOwnsKey, slideAction, type SlideAction } from './keys.ts'

/** The slide moves every deck window understands. */
const MOVES: ReadonlySet<SlideAction> = new Set(['next', 'prev', 'first', 'last', 'jump'])

/**
 * The keyboard of a deck window (audience or presenter): arrows and clicker keys move, typed digits
 * then Enter jump to a slide, T cycles the theme. `onAction` sees every action first and returns
 * true to claim it (overlays, full screen, presenter, laser; or to block moves under an overlay).
 * Returns the slide number being typed, for display.
 */
export function useDeckKeys(options: {
  slug: string
  view: 'slides' | 'presenter'
  count: number
  current: number
  onAction: (action: SlideAction) => boolean
}): string {
  const { slug, view, count, current } = options
  const [typed, setTyped] = useState('')
  const typedRef = useRef('')
  const onAction = useRef(options.onAction)
  useLayoutEffect(() => {
    onAction.current = options.onAction
  })

  useEffect(() => {
    const setBuffer = (s: string) => {
      typedRef.current = s
      setTyped(s)
    }
    const go = (n: number) => navigate(`#/${slug}/${view}/${Math.min(Math.max(1, n), count)}`)
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || controlOwnsKey(e.target, e.key)) return
      const action = slideAction(e)
      if (!action) return
      if (action === 'jump' && typedRef.current === '') return
      e.preventDefault()
      if (action === 'digit') return setBuffer((typedRef.current + e.key).slice(-4))
      const number = typedRef.current
      setBuffer('')
      if (action === 'close' && number !== '') return
      if (onAction.current(action)) return
      if (action === 'theme')
        return useTheme.getState().setTheme(nextTheme(useTheme.getState().theme))
      if (!MOVES.has(action)) return
      // Read the slide from the URL, not the render: a clicker pressed twice before React
      // re-renders must still move two slides.
      const live = parseRoute(window.location.hash)
      const at = live.kind === view ? Math.min(live.slide, count) : current
      if (action === 'next') go(at + 1)
      else if (action === 'prev') go(at - 1)
      else if (action === 'first') go(1)
      else if (action === 'last') go(count)
      else if (action === 'jump') go(Number(number))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [slug, view, count, current])

  return typed
}
