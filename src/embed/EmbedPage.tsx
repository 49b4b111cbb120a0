import { useEffect } from 'react'
import { useDocumentTitle } from '../app/useDocumentTitle.ts'
import { queryToRaw } from '../widgets/params.ts'
import { findWidget, widgets } from '../widgets/registry.ts'
import { parseHidden } from '../widgets/host/hiddenParams.ts'
import { WidgetHost } from '../widgets/host/WidgetHost.tsx'
import { useHostBridge } from './useHostBridge.ts'
import './embed.css'

/** Embed params that belong to the page, not to the widget (more arrive with the embed issue). */
const PAGE_PARAMS = ['fuzz', 'fuzzSeed', 'fuzzEvents', 'theme', 'controls', 'hide']

/** Embed mode: one widget alone, no site chrome, its state from the URL. */
export default function EmbedPage({ widget, query }: { widget: string; query: string }) {
  const definition = findWidget(widget)
  const onStore = useHostBridge(definition?.name ?? '')
  useDocumentTitle(definition ? `${definition.title} · Unfold` : 'Unknown widget · Unfold')
  useEffect(() => {
    document.documentElement.classList.add('is-embed')
    return () => document.documentElement.classList.remove('is-embed')
  }, [])
  if (!definition) {
    return (
      <main className="embed embed--missing" role="alert">
        <p>
          Unfold has no widget called <code>{widget.slice(0, 60)}</code>.
        </p>
        <p>Available: {widgets.map((w) => w.name).join(', ')}.</p>
      </main>
    )
  }
  const raw = queryToRaw(query)
  // controls=hide: the classroom view, the widget without its settings.
  const hideControls = raw.controls === 'hide'
  // hide=lr,optimizer: the classroom view without chosen controls.
  const hideParams = parseHidden(raw.hide, definition.schema)
  for (const p of PAGE_PARAMS) delete raw[p]
  return (
    <main className="embed">
      <WidgetHost
        key={query}
        definition={definition}
        raw={raw}
        source="url"
        chrome="bare"
        onStore={onStore}
        hideControls={hideControls}
        hideParams={hideParams}
      />
      <a className="embed__credit" href="./#/" target="_blank" rel="noopener">
        Unfold
      </a>
    </main>
  )
}
