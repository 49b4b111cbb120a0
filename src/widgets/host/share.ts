/**
 * What an author copies to put a widget on their own page: an absolute link to its current state
 * and an iframe snippet. Pure, so the exact text is unit-tested.
 */

/** The page's own address without its hash: where the embed URL must point, whatever the host. */
export function appBase(location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}`
}

/** Escapes a value for a double-quoted HTML attribute. */
function attr(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/**
 * An iframe snippet: full width, a height that fits the widget as it is drawn now, a title for
 * screen readers, lazy loading, and full screen allowed.
 */
export function iframeSnippet(url: string, title: string, height: number): string {
  const h = Math.min(2000, Math.max(240, Math.ceil(height)))
  return (
    `<iframe src="${attr(url)}" title="${attr(`Unfold: ${title}`)}" ` +
    `width="100%" height="${h}" style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>`
  )
}
