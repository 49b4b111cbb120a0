/**
 * Hash routes, so the static build works from any subpath of any static host:
 *   #/                         lesson index
 *   #/<slug>                   notebook (optional ?at=<heading id>)
 *   #/<slug>/slides/<n>        slides, 1-based
 *   #/<slug>/presenter/<n>     the presenter's window for the same deck
 *   #/<slug>/print             every slide, one per printed page (print or save as PDF)
 *   #/widgets                  the widget gallery for authors (optional ?at=<widget>)
 *   #/embed/<widget>?<params>  one widget alone
 * Parsing is total: any string maps to a route, unknown shapes to `notFound`.
 */

export type Route =
  | { kind: 'index' }
  | { kind: 'lesson'; slug: string; at?: string }
  | { kind: 'slides'; slug: string; slide: number }
  | { kind: 'presenter'; slug: string; slide: number }
  | { kind: 'print'; slug: string }
  | { kind: 'embed'; widget: string; query: string }
  | { kind: 'gallery'; at?: string }
  | { kind: 'notFound'; path: string }

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function decode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

/** The route for a location hash such as "#/neurons/slides/2". */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '')
  const q = raw.indexOf('?')
  const path = q >= 0 ? raw.slice(0, q) : raw
  const query = q >= 0 ? raw.slice(q + 1) : ''
  const parts = path.split('/').filter(Boolean).map(decode)
  if (parts.length === 0) return { kind: 'index' }
  if (parts[0] === 'embed' && parts.length === 2) return { kind: 'embed', widget: parts[1], query }
  if (parts[0] === 'widgets' && parts.length === 1) {
    const at = new URLSearchParams(query).get('at')
    return at && /^[a-z0-9-]{1,80}$/.test(at) ? { kind: 'gallery', at } : { kind: 'gallery' }
  }
  if (!SLUG.test(parts[0])) return { kind: 'notFound', path }
  if (parts.length === 1) {
    const at = new URLSearchParams(query).get('at')
    return at && /^[a-z0-9-]{1,80}$/.test(at)
      ? { kind: 'lesson', slug: parts[0], at }
      : { kind: 'lesson', slug: parts[0] }
  }
  if (parts[1] === 'print' && parts.length === 2) return { kind: 'print', slug: parts[0] }
  if ((parts[1] === 'slides' || parts[1] === 'presenter') && parts.length <= 3) {
    const n = parts.length === 3 && /^\d{1,4}$/.test(parts[2]) ? Number(parts[2]) : 1
    return { kind: parts[1], slug: parts[0], slide: Math.max(1, n) }
  }
  return { kind: 'notFound', path }
}

/** The hash for a route, the inverse of parseRoute. */
export function routeHash(route: Route): string {
  switch (route.kind) {
    case 'index':
      return '#/'
    case 'lesson':
      return `#/${route.slug}${route.at ? `?at=${route.at}` : ''}`
    case 'slides':
    case 'presenter':
      return `#/${route.slug}/${route.kind}/${route.slide}`
    case 'print':
      return `#/${route.slug}/print`
    case 'gallery':
      return `#/widgets${route.at ? `?at=${route.at}` : ''}`
    case 'embed':
      return `#/embed/${encodeURIComponent(route.widget)}${route.query ? `?${route.query}` : ''}`
    case 'notFound':
      // parseRoute keeps the path's leading slash; do not write it twice.
      return `#${route.path.startsWith('/') ? '' : '/'}${route.path}`
  }
}
