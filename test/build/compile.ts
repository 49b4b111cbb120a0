/** Compiles a lesson source the way vite.config.ts does, for the build tests. */
import { evaluate } from '@mdx-js/mdx'
import type { MDXModule } from 'mdx/types'
import * as runtime from 'react/jsx-runtime'
import rehypeKatex from 'rehype-katex'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import { remarkLesson } from '../../build/remark-lesson.ts'

/** The module a lesson file compiles to (default component plus its exports). */
export function compileLesson(
  source: string,
  path = 'lessons/test-lesson.mdx',
): Promise<MDXModule> {
  return evaluate(
    { value: source, path },
    {
      ...runtime,
      remarkPlugins: [remarkFrontmatter, remarkGfm, remarkMath, remarkLesson],
      rehypePlugins: [rehypeKatex],
    },
  )
}

/** A valid frontmatter block, with fields replaced or removed (`undefined`) as given. */
export function frontmatter(fields: Record<string, string | undefined> = {}): string {
  const all: Record<string, string | undefined> = {
    title: 'A test lesson',
    slug: 'test-lesson',
    order: '3',
    summary: 'What the test is about.',
    objectives: '\n  - Learn one thing\n  - Learn another',
    minutes: '10',
    ...fields,
  }
  const lines = Object.entries(all)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
  return `---\n${lines.join('\n')}\n---\n`
}
