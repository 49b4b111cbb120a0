import type { ReactNode } from 'react'

/**
 * Speaker notes. Hidden in the notebook and on slides alike; the presenter view (a later feature)
 * reads them from the lesson instead of rendering them here.
 */
export function Notes(_props: { children?: ReactNode }) {
  return null
}
