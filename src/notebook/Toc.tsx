import { useMemo, type MouseEvent } from 'react'
import type { OutlineEntry } from '../lesson/types.ts'
import { useActiveHeading } from './useActiveHeading.ts'

/** The lesson's contents: sticky beside the text on wide screens, a collapsible list on phones. */
export function Toc({ slug, outline }: { slug: string; outline: OutlineEntry[] }) {
  const ids = useMemo(() => outline.map((h) => h.id), [outline])
  const active = useActiveHeading(ids)
  const jump = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    // Hash routing owns the fragment, so scroll by hand and record the section in the route's query.
    e.preventDefault()
    document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' })
    window.history.replaceState(null, '', `#/${slug}?at=${id}`)
  }
  const links = (
    <ol>
      {outline.map((h) => (
        <li
          key={h.id}
          className={`toc__item toc__item--${h.depth}${h.id === active ? ' toc__item--active' : ''}`}
        >
          <a
            href={`#/${slug}?at=${h.id}`}
            onClick={(e) => jump(e, h.id)}
            aria-current={h.id === active ? 'location' : undefined}
          >
            {h.text}
          </a>
        </li>
      ))}
    </ol>
  )
  return (
    <nav className="toc" aria-label="Contents">
      <details className="toc__collapsible">
        <summary>Contents</summary>
        {links}
      </details>
      <div className="toc__wide">
        <p className="toc__title">Contents</p>
        {links}
      </div>
    </nav>
  )
}
