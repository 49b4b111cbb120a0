// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readLessons } from '../../build/lessons-plugin.ts'
import { compileLesson, frontmatter } from './compile.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unfold-lessons-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const write = (name: string, text: string) => writeFileSync(join(dir, name), text)

describe('readLessons', () => {
  it('orders lessons by their order field, then by slug, whatever the file names', () => {
    write('a.mdx', frontmatter({ slug: 'gamma', order: '2' }) + 'G\n')
    write('b.mdx', frontmatter({ slug: 'alpha', order: '2' }) + 'A\n')
    write('c.mdx', frontmatter({ slug: 'first', order: '1' }) + 'F\n')
    write('notes.md', 'not a lesson')
    expect(readLessons(dir).map((l) => l.slug)).toEqual(['first', 'alpha', 'gamma'])
  })

  it('carries the frontmatter and the file of each lesson', () => {
    write('one.mdx', frontmatter({ slug: 'one' }) + 'Body\n')
    const [lesson] = readLessons(dir)
    expect(lesson).toMatchObject({
      title: 'A test lesson',
      slug: 'one',
      order: 3,
      minutes: 10,
      objectives: ['Learn one thing', 'Learn another'],
      file: join(dir, 'one.mdx'),
    })
  })

  it('counts exercises, wherever they sit, and lists the components used in order of appearance', () => {
    const body = [
      '<Exercise kind="numeric" answer="1">\n\nOne\n\n</Exercise>',
      '---',
      '<Callout>\n\n<Exercise kind="numeric" answer="2">\n\nNested\n\n</Exercise>\n\n</Callout>',
      '<ActivationExplorer fn="tanh" />',
    ].join('\n\n')
    write('one.mdx', frontmatter({ slug: 'one' }) + body + '\n')
    const [lesson] = readLessons(dir)
    expect(lesson.exerciseCount).toBe(2)
    expect(lesson.components).toEqual(['Exercise', 'Callout', 'ActivationExplorer'])
  })

  it('counts the same slides as the compiled lesson', async () => {
    const bodies = [
      'One part\n',
      '---\n\nA\n\n---\n\n---\n\nB\n\n---\n',
      '## A\n\n---\n\n## B\n\n---\n\n## C\n',
      'export const answer = 42\n\n---\n\nOnly part\n',
      'Text\n\n---\n\nexport const later = 1\n\n---\n\nMore text\n',
    ]
    for (const [i, body] of bodies.entries()) {
      const source = frontmatter({ slug: `lesson-${i}`, order: String(i) }) + body
      write(`${i}.mdx`, source)
      const compiled = await compileLesson(source)
      const read = readLessons(dir).find((l) => l.slug === `lesson-${i}`)!
      expect(read.slideCount, body).toBe(compiled.slideCount)
    }
  })

  it('rejects two lessons with the same slug, naming both files', () => {
    write('one.mdx', frontmatter({ slug: 'same' }) + 'A\n')
    write('two.mdx', frontmatter({ slug: 'same' }) + 'B\n')
    expect(() => readLessons(dir)).toThrow(/one\.mdx.*two\.mdx|two\.mdx.*one\.mdx/)
    expect(() => readLessons(dir)).toThrow('share the slug "same"')
  })

  it('names the file whose frontmatter is invalid', () => {
    write('good.mdx', frontmatter({ slug: 'good' }) + 'A\n')
    write('bad.mdx', frontmatter({ slug: 'bad', summary: undefined }) + 'B\n')
    expect(() => readLessons(dir)).toThrow(
      'bad.mdx: frontmatter field "summary" must be a non-empty string',
    )
  })

  it('names the file whose MDX does not parse', () => {
    write('broken.mdx', frontmatter({ slug: 'broken' }) + '<Callout>\n\nnever closed\n')
    expect(() => readLessons(dir)).toThrow(/^broken\.mdx: /)
  })

  it('gives an empty list for a folder without lessons', () => {
    expect(readLessons(dir)).toEqual([])
  })
})
