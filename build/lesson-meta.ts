/**
 * Lesson frontmatter: parsed and validated once, at build time, for both the lesson index and each
 * compiled lesson. A lesson with a missing or malformed field fails the build with a message that
 * names the file and the field, rather than rendering a broken page.
 */
import { parse as parseYaml } from 'yaml'

/** The frontmatter every lesson declares. */
export interface LessonFrontmatter {
  title: string
  slug: string
  order: number
  summary: string
  objectives: string[]
  minutes: number
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/

/** Reads the YAML block at the top of an .mdx source. */
export function frontmatterSource(source: string): string | null {
  return FRONTMATTER.exec(source)?.[1] ?? null
}

/** Parses and validates frontmatter YAML; `file` only names the lesson in errors. */
export function parseFrontmatter(yamlText: string | null, file: string): LessonFrontmatter {
  if (yamlText === null) throw new Error(`${file}: a lesson starts with a --- frontmatter block`)
  let raw: unknown
  try {
    raw = parseYaml(yamlText)
  } catch (e) {
    // The YAML parser's own message names neither the file nor the block.
    throw new Error(`${file}: frontmatter is not valid YAML (${(e as Error).message})`, {
      cause: e,
    })
  }
  if (typeof raw !== 'object' || raw === null) throw new Error(`${file}: frontmatter is not a map`)
  const data = raw as Record<string, unknown>
  const fail = (field: string, want: string): never => {
    throw new Error(`${file}: frontmatter field "${field}" must be ${want}`)
  }
  const text = (field: string) =>
    typeof data[field] === 'string' && data[field] !== ''
      ? (data[field] as string)
      : fail(field, 'a non-empty string')
  const number = (field: string) =>
    typeof data[field] === 'number' && Number.isFinite(data[field])
      ? (data[field] as number)
      : fail(field, 'a number')
  const slug = text('slug')
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail('slug', 'lowercase words joined by hyphens')
  if (slug === 'embed' || slug === 'widgets') fail('slug', 'a name other than a reserved route')
  const objectives = data.objectives
  if (
    !Array.isArray(objectives) ||
    objectives.length === 0 ||
    objectives.some((o) => typeof o !== 'string')
  ) {
    fail('objectives', 'a non-empty list of strings')
  }
  return {
    title: text('title'),
    slug,
    order: number('order'),
    summary: text('summary'),
    objectives: objectives as string[],
    minutes: number('minutes'),
  }
}

/** A URL-safe anchor for a heading, stable across builds. */
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 64) // ids travel in links (?at=<id>), which the router caps at 80 characters
      .replace(/^-|-$/g, '') || 'section'
  )
}
