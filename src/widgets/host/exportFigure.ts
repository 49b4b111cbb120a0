/**
 * A widget as a picture: its drawn DOM copied into an SVG <foreignObject> with every computed
 * style inlined (so the file looks the same outside the page), plus a credit line with the Unfold
 * link and the lesson's title. The PNG is that SVG drawn onto a canvas at twice the size.
 */

const SVG_NS = 'http://www.w3.org/2000/svg'
const CREDIT_HEIGHT = 28

/**
 * The browser's default computed style for a tag, as a plain record: written-out styles keep only
 * what differs from it, which shrinks a picture's file about tenfold.
 */
function defaultsFor(tag: string, cache: Map<string, Record<string, string>>, sandbox: Element) {
  let found = cache.get(tag)
  if (!found) {
    const probe = document.createElement(tag)
    sandbox.appendChild(probe)
    const computed = getComputedStyle(probe)
    found = {}
    for (let i = 0; i < computed.length; i++)
      found[computed[i]] = computed.getPropertyValue(computed[i])
    probe.remove()
    cache.set(tag, found)
  }
  return found
}

/** Copies computed styles onto the clone, element by element (the two trees have one shape). */
function inlineStyles(
  source: Element,
  clone: Element,
  cache: Map<string, Record<string, string>>,
  sandbox: Element,
): void {
  const computed = getComputedStyle(source)
  const base = defaultsFor(source.tagName.toLowerCase(), cache, sandbox)
  const style: string[] = []
  for (let i = 0; i < computed.length; i++) {
    const name = computed[i]
    const value = computed.getPropertyValue(name)
    if (base[name] !== value) style.push(`${name}:${value}`)
  }
  clone.setAttribute('style', style.join(';'))
  // Form fields keep their value as a property; an attribute survives serialisation.
  if (source instanceof HTMLInputElement) clone.setAttribute('value', source.value)
  if (source instanceof HTMLSelectElement) {
    const chosen = source.selectedOptions[0]?.textContent ?? ''
    clone.replaceWith(Object.assign(document.createElement('span'), { textContent: chosen }))
    return
  }
  if (source instanceof HTMLCanvasElement) {
    const img = document.createElement('img')
    img.setAttribute('src', source.toDataURL('image/png'))
    img.setAttribute('style', clone.getAttribute('style') ?? '')
    clone.replaceWith(img)
    return
  }
  const from = Array.from(source.children)
  const to = Array.from(clone.children)
  from.forEach((child, i) => inlineStyles(child, to[i], cache, sandbox))
}

/** The element as a standalone SVG document (text), with the credit line under it. */
export function figureSvg(element: HTMLElement, credit: string): string {
  const { width, height } = element.getBoundingClientRect()
  const w = Math.ceil(width)
  const h = Math.ceil(height)
  const clone = element.cloneNode(true) as HTMLElement
  // Defaults are measured in an unstyled, invisible box outside the page's own rules.
  const sandbox = document.createElement('div')
  sandbox.setAttribute('style', 'all: initial; position: absolute; visibility: hidden')
  document.body.appendChild(sandbox)
  try {
    inlineStyles(element, clone, new Map(), sandbox)
  } finally {
    sandbox.remove()
  }
  clone.setAttribute('xmlns', 'http://www.w3.org/1999/xhtml')
  const svg = document.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('xmlns', SVG_NS)
  svg.setAttribute('width', String(w))
  svg.setAttribute('height', String(h + CREDIT_HEIGHT))
  svg.setAttribute('viewBox', `0 0 ${w} ${h + CREDIT_HEIGHT}`)
  const paper = document.createElementNS(SVG_NS, 'rect')
  for (const [k, v] of Object.entries({ width: w, height: h + CREDIT_HEIGHT, fill: '#fff' }))
    paper.setAttribute(k, String(v))
  const object = document.createElementNS(SVG_NS, 'foreignObject')
  object.setAttribute('width', String(w))
  object.setAttribute('height', String(h))
  object.appendChild(clone)
  const text = document.createElementNS(SVG_NS, 'text')
  text.setAttribute('x', String(w - 8))
  text.setAttribute('y', String(h + CREDIT_HEIGHT - 9))
  text.setAttribute('text-anchor', 'end')
  text.setAttribute('font-family', 'system-ui, sans-serif')
  text.setAttribute('font-size', '12')
  text.setAttribute('fill', '#4a5268')
  text.textContent = credit
  svg.append(paper, object, text)
  return new XMLSerializer().serializeToString(svg)
}

/** The SVG drawn at `scale` into a PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  // A data: URL, not a blob: URL: Chromium taints a canvas drawn from a blob SVG holding
  // <foreignObject>, and a tainted canvas cannot be exported.
  const img = new Image()
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await img.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(img.width * scale)
  canvas.height = Math.ceil(img.height * scale)
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('This browser cannot draw the picture (no 2-D canvas).')
  ctx.scale(scale, scale)
  ctx.drawImage(img, 0, 0)
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The PNG could not be made.'))),
      'image/png',
    ),
  )
}

/** Offers a blob to the learner as a file download. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const a = Object.assign(document.createElement('a'), { href: url, download: filename })
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
