import type { ReactNode } from 'react'
import { ThemePicker } from './ThemePicker.tsx'

/** The top bar of the notebook and index: the name, and whatever the page adds on the right. */
export function SiteHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="site-header">
      <a className="brand" href="#/">
        <svg viewBox="0 0 24 24" aria-hidden="true" className="brand__mark">
          <rect x="2" y="2" width="9" height="9" rx="2" />
          <rect x="13" y="2" width="9" height="9" rx="2" opacity="0.55" />
          <rect x="2" y="13" width="9" height="9" rx="2" opacity="0.55" />
          <rect x="13" y="13" width="9" height="9" rx="2" opacity="0.25" />
        </svg>
        Unfold
      </a>
      <div className="site-header__extra">
        {children}
        <ThemePicker />
      </div>
    </header>
  )
}
