import type { ReactNode } from 'react'

const LABELS = {
  note: 'Note',
  tip: 'Intuition',
  warning: 'Watch out',
  erratum: 'The slide says otherwise',
}

/** A boxed aside: a note, an intuition, a warning, or a correction of a lecture slide. */
export function Callout({
  kind = 'note',
  title,
  children,
}: {
  kind?: keyof typeof LABELS
  title?: string
  children?: ReactNode
}) {
  const safeKind = Object.hasOwn(LABELS, kind) ? kind : 'note'
  return (
    <aside className={`callout callout--${safeKind}`}>
      <p className="callout__title">{title ?? LABELS[safeKind]}</p>
      {children}
    </aside>
  )
}
