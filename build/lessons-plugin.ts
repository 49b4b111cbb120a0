/**
 * `virtual:lessons`: the lesson index, generated at build time from lessons/*.mdx. It carries each
 * lesson's frontmatter, slide and exercise counts, and a dynamic import of the compiled lesson, so
 * the index page loads no lesson code and each lesson is its own chunk. Adding a lesson means adding
 * one file.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { Plugin } from 'vite'
import { frontmatterSource, parseFrontmatter, type LessonFrontmatter } from './lesson-meta.ts'

const ID = 'virtual:lessons'
const RESOLVED = '\0' + ID

/** What the index knows about a lesson without loading it. */
export interface LessonEntry extends LessonFrontmatter {
  file: string
  slideCount: number
  exerciseCount: number
  /** Every component tag the lesson uses, so the app can fetch widget code with the lesson. */
  components: string[]
}

/** Reads, validates and orders every lesson in `dir`. */
export function readLessons(dir: string): LessonEntry[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'))
  // The same syntax extensions as the MDX compile (vite.config.ts), so both see the same tree.
  const parser = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkMath)
  const entries = files.map((name): LessonEntry => {
    const file = join(dir, name)
    const source = readFileSync(file, 'utf8')
    const meta = parseFrontmatter(frontmatterSource(source), name)
    let tree
    try {
      tree = parser.parse(source)
    } catch (e) {
      throw new Error(`${name}: ${e instanceof Error ? e.message : String(e)}`, { cause: e })
    }
    let exerciseCount = 0
    const components = new Set<string>()
    visit(tree, (node) => {
      const tag = (node as { name?: string }).name
      if (tag === 'Exercise') exerciseCount++
      if (tag && /^[A-Z]/.test(tag)) components.add(tag)
    })
    // Same rule as remark-lesson: top-level breaks split slides, empty slides are dropped, and
    // imports/exports (mdxjsEsm) are hoisted out of the slides, so they do not count as content.
    let slideCount = 0
    let current = 0
    for (const node of tree.children) {
      if (node.type === 'yaml' || node.type === 'mdxjsEsm') continue
      if (node.type === 'thematicBreak') {
        if (current > 0) slideCount++
        current = 0
      } else current++
    }
    if (current > 0) slideCount++
    // In order of first appearance: the page prefetches the widgets its first screens show.
    return { ...meta, file, slideCount, exerciseCount, components: [...components] }
  })
  const seen = new Map<string, string>()
  for (const e of entries) {
    const other = seen.get(e.slug)
    if (other) throw new Error(`lessons: ${e.file} and ${other} share the slug "${e.slug}"`)
    seen.set(e.slug, e.file)
  }
  return entries.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
}

/** The Vite plugin serving `virtual:lessons`. */
export function lessonsPlugin(dir = resolve(process.cwd(), 'lessons')): Plugin {
  return {
    name: 'unfold-lessons',
    resolveId(id) {
      return id === ID ? RESOLVED : null
    },
    load(id) {
      if (id !== RESOLVED) return null
      const lessons = readLessons(dir)
      for (const l of lessons) this.addWatchFile(l.file)
      const items = lessons.map(({ file, ...meta }) => {
        const path = JSON.stringify(file.replace(/\\/g, '/'))
        return `  { ...${JSON.stringify(meta)}, load: () => import(${path}) }`
      })
      return `export const lessons = [\n${items.join(',\n')}\n]\n`
    },
    configureServer(server) {
      server.watcher.add(dir)
      const refresh = (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith('.mdx')) return
        const mod = server.moduleGraph.getModuleById(RESOLVED)
        if (mod) server.moduleGraph.invalidateModule(mod)
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.on('add', refresh)
      server.watcher.on('unlink', refresh)
      server.watcher.on('change', refresh)
    },
  }
}
