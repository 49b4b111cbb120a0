import { SiteHeader } from './SiteHeader.tsx'

/** Any route that names nothing: say so and offer the way home. */
export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <div className="site">
      <SiteHeader />
      <main className="not-found">
        <h1>There is no such {what}</h1>
        <p>
          The link may be mistyped or out of date. <a href="#/">See all lessons</a>.
        </p>
      </main>
    </div>
  )
}
