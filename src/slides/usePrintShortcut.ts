import { useEffect } from 'react'
import { navigate } from '../app/useRoute.ts'

/** Ctrl/Cmd+P in a deck would print only the slide on screen: open the printable deck instead. */
export function usePrintShortcut(slug: string): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'p' || e.key === 'P')) {
        e.preventDefault()
        navigate(`#/${slug}/print`)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [slug])
}
