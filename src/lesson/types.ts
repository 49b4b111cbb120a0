import type { ComponentType } from 'react'
import type { MDXComponents } from 'mdx/types'

/** A lesson's frontmatter (validated at build time by build/lesson-meta.ts). */
export interface LessonFrontmatter {
  title: string
  slug: string
  order: number
  summary: string
  objectives: string[]
  minutes: number
}

/** What the index knows about a lesson without loading it. */
export interface LessonEntryMeta extends LessonFrontmatter {
  slideCount: number
  exerciseCount: number
  /** Component tags the lesson uses (widgets among them). */
  components: string[]
}

/** One heading of a lesson's table of contents, with the slide it sits on. */
export interface OutlineEntry {
  depth: number
  text: string
  id: string
  slide: number
}

/** A compiled lesson module (see build/remark-lesson.ts). */
export interface LessonModule {
  default: ComponentType<{ components?: MDXComponents }>
  frontmatter: LessonFrontmatter
  outline: OutlineEntry[]
  slideCount: number
}
