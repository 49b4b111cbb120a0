import { useEffect } from 'react'
import type { ParamSpec } from '../widgets/params.ts'
import { widgets } from '../widgets/registry.ts'
import { WidgetHost } from '../widgets/host/WidgetHost.tsx'
import { SiteHeader } from './SiteHeader.tsx'
import { useDocumentTitle } from './useDocumentTitle.ts'
import '../viz/katexStyles.ts'
import './styles/gallery.css'

/** The values a parameter accepts, as an author would write them in an embed URL. */
function accepts(spec: ParamSpec): string {
  switch (spec.type) {
    case 'number':
    case 'integer':
      return `${spec.type} ${spec.min} to ${spec.max}`
    case 'boolean':
      return 'true or false'
    case 'choice':
      return spec.choices.join(' | ')
    case 'text':
      return spec.format
  }
}

/** For authors: every widget live with its defaults, and the parameters its embed URL takes. */
export default function GalleryPage({ at }: { at?: string }) {
  useDocumentTitle('Widget gallery · Unfold')
  useEffect(() => {
    if (at) document.getElementById(at)?.scrollIntoView({ block: 'start' })
  }, [at])
  return (
    <div className="site">
      <SiteHeader />
      <main className="gallery">
        <h1>Widget gallery</h1>
        <p className="gallery__intro">
          Every Unfold widget, live, with its default settings. Change one, then use{' '}
          <strong>Share / embed</strong> on its card to copy a link or an iframe snippet of exactly
          what you see. An embed URL is{' '}
          <code>#/embed/&lt;name&gt;?&lt;param&gt;=&lt;value&gt;</code>; add <code>theme=dark</code>{' '}
          or <code>theme=projector</code> to restyle it.
        </p>
        <nav aria-label="Widgets" className="gallery__toc">
          {widgets.map((w) => (
            <a key={w.name} href={`#/widgets?at=${w.name}`}>
              {w.title}
            </a>
          ))}
        </nav>
        {widgets.map((w) => (
          <section
            key={w.name}
            id={w.name}
            className="gallery__item"
            aria-labelledby={`${w.name}-h`}
          >
            <h2 id={`${w.name}-h`}>{w.title}</h2>
            <p>
              {w.description} <code>{w.name}</code>
            </p>
            <WidgetHost definition={w} raw={{}} source="url" />
            <details className="gallery__params">
              <summary>Parameters</summary>
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th>Name</th>
                      <th>Accepts</th>
                      <th>Default</th>
                      <th>Meaning</th>
                    </tr>
                  </thead>
                  <tbody>
                    {w.schema.map((p) => (
                      <tr key={p.name}>
                        <td>
                          <code>{p.name}</code>
                        </td>
                        <td>{accepts(p)}</td>
                        <td>
                          <code>{String(p.default)}</code>
                        </td>
                        <td>{p.help ?? p.label}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </section>
        ))}
      </main>
    </div>
  )
}
