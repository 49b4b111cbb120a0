import katex from 'katex'
import { useMemo } from 'react'
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
  return (
    <span
      className={display ? 'tex tex--display' : 'tex'}
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
