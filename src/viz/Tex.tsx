import katex from 'katex'
import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import './katexStyles.ts'
import './tex.css'

/**
 * A formula typeset by KaTeX at run time, for equations whose numbers are live (lesson prose is
 * typeset at build time instead). KaTeX escapes its input and runs with `trust: false`, so the HTML
 * it returns carries no links, scripts or styles of the caller's choosing.
 */
export function Tex({
  tex,
  display = false,
  label,
}: {
  tex: string
  display?: boolean
  label?: string
}) {
  const html = useMemo(
    () =>
      katex.renderToString(tex, {
        displayMode: display,
        throwOnError: false,
        output: 'html',
        trust: false,
      }),
    [tex, display],
  )
  const box = useRef<HTMLSpanElement>(null)
  const scrolls = useOverflows(box, display, html)
  return (
    <span
      ref={box}
      className={display ? 'tex tex--display' : 'tex'}
      aria-label={label}
      // A formula wider than its box scrolls; keyboard users must be able to scroll it too.
      tabIndex={scrolls ? 0 : undefined}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}

/** True while the element's content is wider than the element (checked on resize). */
function useOverflows(ref: React.RefObject<HTMLElement | null>, active: boolean, content: string) {
  const [overflows, setOverflows] = useState(false)
  useLayoutEffect(() => {
    const el = ref.current
    if (!active || !el) return
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1)
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [ref, active, content])
  return overflows
}
