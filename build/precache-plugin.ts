/**
 * Offline support: after the bundle is written, emit `sw.js`, a service worker that precaches the
 * whole build (every lesson and widget chunk, styles, and the woff2 fonts KaTeX needs; browsers that
 * take woff2 never ask for the woff/ttf copies). The cache name carries a hash of the file list, so
 * a new build replaces the old cache instead of mixing with it.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/** Which emitted files the worker precaches. */
export function precacheList(files: readonly string[]): string[] {
  const wanted = files.filter((f) => !/\.(woff|ttf|map)$/.test(f) && f !== 'sw.js')
  return ['./', ...wanted.map((f) => `./${f}`)].sort()
}

/** The worker's source, for a cache name and a file list. */
export function serviceWorkerSource(cacheName: string, files: readonly string[]): string {
  const template = readFileSync(join(import.meta.dirname, 'sw-template.js'), 'utf8')
  return template
    .replace("'__CACHE_NAME__'", JSON.stringify(cacheName))
    .replace("'__PRECACHE__'", JSON.stringify(files))
}

/** The Vite plugin (build only). */
export function precachePlugin(): Plugin {
  return {
    name: 'unfold-precache',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = precacheList([...Object.keys(bundle), 'favicon.svg'])
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12)
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(`unfold-${version}`, files),
      })
    },
  }
}
