import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { compileLesson, frontmatter } from './compile.ts'

const probes = {
  Slide: ({ index, children }: { index: string; children?: ReactNode }) => (
    <section data-index={index}>{children}</section>
  ),
  Exercise: ({ instanceKey }: { instanceKey?: string }) => (
    <i data-component="Exercise" data-key={instanceKey} />
  ),
  Widget: ({ instanceKey }: { instanceKey?: string }) => (
    <i data-component="Widget" data-key={instanceKey} />
  ),
}

async function renderLesson(body: string) {
  const mod = await compileLesson(frontmatter() + body)
  const view = render(<mod.default components={probes} />)
  return { mod, sections: Array.from(view.container.querySelectorAll('section')) }
}

describe('remarkLesson', () => {
  it('splits the lesson at --- into numbered Slide parts', async () => {
    const { mod, sections } = await renderLesson('One\n\n---\n\nTwo\n\n---\n\nThree\n')
    expect(sections.map((s) => [s.dataset.index, s.textContent])).toEqual([
      ['0', 'One'],
      ['1', 'Two'],
      ['2', 'Three'],
    ])
    expect(mod.slideCount).toBe(3)
  })

  it('drops empty parts: leading, doubled and trailing breaks', async () => {
    const { mod, sections } = await renderLesson('---\n\nOne\n\n---\n\n---\n\nTwo\n\n---\n')
    expect(sections.map((s) => s.textContent)).toEqual(['One', 'Two'])
    expect(mod.slideCount).toBe(2)
  })

  it('counts a lesson without breaks as one part', async () => {
    const { mod, sections } = await renderLesson('Only\n')
    expect(sections).toHaveLength(1)
    expect(mod.slideCount).toBe(1)
  })

  it('splits only at top-level breaks', async () => {
    const { mod } = await renderLesson('> quoted\n>\n> ***\n>\n> still quoted\n')
    expect(mod.slideCount).toBe(1)
  })

  it('exports the validated frontmatter', async () => {
    const mod = await compileLesson(frontmatter() + 'Body\n')
    expect(mod.frontmatter).toEqual({
      title: 'A test lesson',
      slug: 'test-lesson',
      order: 3,
      summary: 'What the test is about.',
      objectives: ['Learn one thing', 'Learn another'],
      minutes: 10,
    })
  })

  it('outlines h2 and h3 headings with ids and the part they sit in', async () => {
    const body =
      '## First part\n\n#### Too deep\n\n---\n\n### A *styled* heading $x^2$\n\n---\n\nNo heading\n\n---\n\n## Last\n'
    const { mod } = await renderLesson(body)
    expect(mod.outline).toEqual([
      { depth: 2, text: 'First part', id: 'first-part', slide: 0 },
      { depth: 3, text: 'A styled heading x^2', id: 'a-styled-heading-x-2', slide: 1 },
      { depth: 2, text: 'Last', id: 'last', slide: 3 },
    ])
  })

  it('gives headings their ids in the page', async () => {
    const mod = await compileLesson(frontmatter() + '## Why the bend matters\n')
    const { container } = render(<mod.default components={probes} />)
    expect(container.querySelector('h2')).toHaveAttribute('id', 'why-the-bend-matters')
  })

  it('de-duplicates heading ids', async () => {
    const { mod } = await renderLesson(
      '## Try it\n\n---\n\n## Try it\n\n---\n\n## Try it-2\n\n## Try it\n',
    )
    expect((mod.outline as Array<{ id: string }>).map((o) => o.id)).toEqual([
      'try-it',
      'try-it-2',
      'try-it-2-2',
      'try-it-3',
    ])
  })

  it('gives each component a stable instance key, counted per component name', async () => {
    const body =
      '<Widget />\n\n<Exercise />\n\n---\n\n<Widget />\n\nText with an inline <Exercise /> inside.\n\n<Widget />\n'
    const mod = await compileLesson(frontmatter() + body)
    const { container } = render(<mod.default components={probes} />)
    const keys = Array.from(container.querySelectorAll('i')).map(
      (i) => `${i.dataset.component}:${i.dataset.key}`,
    )
    expect(keys).toEqual([
      'Widget:Widget-1',
      'Exercise:Exercise-1',
      'Widget:Widget-2',
      'Exercise:Exercise-2',
      'Widget:Widget-3',
    ])
  })

  it('typesets maths with KaTeX at build time', async () => {
    const mod = await compileLesson(frontmatter() + 'Inline $a^2$ and\n\n$$\n\\sigma(z)\n$$\n')
    const { container } = render(<mod.default components={probes} />)
    expect(container.querySelector('.katex')).not.toBeNull()
    expect(container.querySelector('.katex-display')).not.toBeNull()
  })
})

describe('frontmatter validation', () => {
  const fails = async (fields: Record<string, string | undefined>, message: RegExp) => {
    await expect(
      compileLesson(frontmatter(fields) + 'Body\n', 'lessons/broken.mdx'),
    ).rejects.toThrow(message)
  }

  it('names the file and the missing title', () =>
    fails(
      { title: undefined },
      /lessons\/broken\.mdx: frontmatter field "title" must be a non-empty string/,
    ))

  it('rejects a slug that is not lowercase words joined by hyphens', async () => {
    for (const slug of ['Neurons', 'two words', 'a--b', '-a', 'a_b']) {
      await fails(
        { slug: JSON.stringify(slug) },
        /broken\.mdx: frontmatter field "slug" must be lowercase words/,
      )
    }
  })

  it('rejects a slug that is a reserved route', async () => {
    await fails(
      { slug: 'embed' },
      /broken\.mdx: frontmatter field "slug" must be a name other than a reserved route/,
    )
    await fails({ slug: 'widgets' }, /field "slug" must be a name other than a reserved route/)
  })

  it('rejects objectives that are not a non-empty list of strings', async () => {
    for (const objectives of ['one objective', '[]', '\n  - fine\n  - 3']) {
      await fails(
        { objectives },
        /broken\.mdx: frontmatter field "objectives" must be a non-empty list of strings/,
      )
    }
  })

  it('rejects an order or length that is not a number', async () => {
    await fails({ order: 'first' }, /broken\.mdx: frontmatter field "order" must be a number/)
    await fails({ minutes: undefined }, /broken\.mdx: frontmatter field "minutes" must be a number/)
  })

  it('rejects a lesson without frontmatter', async () => {
    await expect(compileLesson('# Just text\n', 'lessons/bare.mdx')).rejects.toThrow(
      /lessons\/bare\.mdx: a lesson starts with a --- frontmatter block/,
    )
  })

  it('names the file when the frontmatter is not even YAML', async () => {
    await expect(
      compileLesson('---\ntitle: [unclosed\n---\nBody\n', 'lessons/bad-yaml.mdx'),
    ).rejects.toThrow(/lessons\/bad-yaml\.mdx: /)
  })
})
