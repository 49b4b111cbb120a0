import { configure, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../src/app/learner.ts'
import { lessons } from '../../src/lesson/catalog.ts'
import type { LessonModule } from '../../src/lesson/types.ts'
import NotebookPage from '../../src/notebook/NotebookPage.tsx'

// Lazy widget and lesson chunks can take seconds to load on a busy machine.
configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

const entry = lessons.find((l) => l.slug === 'neurons-and-activations')!
const source = readFileSync(
  resolve(__dirname, '../../lessons/01-neurons-and-activations.mdx'),
  'utf8',
)
let lesson: LessonModule

beforeAll(async () => {
  lesson = await entry.load()
})

// jsdom does no layout: scrolling is recorded, not performed.
const scrolledTo = vi.fn()
beforeEach(() => {
  useLearner.setState({ visits: {}, solved: {}, edits: {} })
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolledTo(this.id)
  }
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
})
afterEach(() => {
  scrolledTo.mockReset()
  vi.restoreAllMocks()
  delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView
})

async function open(at?: string) {
  const view = render(<NotebookPage slug={entry.slug} at={at} />)
  await screen.findByRole('navigation', { name: 'Contents' }, { timeout: 10_000 })
  return view
}

describe('NotebookPage', () => {
  it('renders the lesson head and the whole lesson, with maths typeset by KaTeX', async () => {
    const { container } = await open()
    expect(screen.getByRole('heading', { level: 1, name: entry.title })).toBeInTheDocument()
    for (const objective of entry.objectives)
      expect(screen.getByText(objective)).toBeInTheDocument()
    expect(container.querySelector('article .katex')).not.toBeNull()
    expect(container.querySelector('article .katex-display')).not.toBeNull()
    expect(container.querySelectorAll('[data-part]')).toHaveLength(lesson.slideCount)
    expect(document.title).toBe(`${entry.title} · Unfold`)
  })

  it('leaves speaker notes out of the page', async () => {
    await open()
    expect(source).toContain('Start from the dot product as a similarity score.')
    expect(screen.queryByText(/Start from the dot product/)).not.toBeInTheDocument()
    expect(screen.queryByText(/The quiz from the KAIST deck/)).not.toBeInTheDocument()
  })

  it('computes every number in the prose', async () => {
    const { container } = await open()
    const values = container.querySelectorAll('.value')
    expect(values).toHaveLength((source.match(/<Value /g) ?? []).length)
    expect(container.querySelector('.value--error')).toBeNull()
    const peak = Array.from(values).find((v) => v.getAttribute('title') === 'sigmoidGrad(0)')!
    expect(peak).toHaveTextContent('0.25')
  })

  it('places one live widget per tag in the lesson', async () => {
    await open()
    const widgets = screen.getAllByRole('figure', { name: 'Activation explorer' })
    expect(widgets).toHaveLength((source.match(/<ActivationExplorer /g) ?? []).length)
  })

  it('lists every h2 and h3 in the contents, linked to its heading by id', async () => {
    const { container } = await open()
    const headings = Array.from(container.querySelectorAll('article .lesson-part :is(h2, h3)'))
    expect(headings.map((h) => h.textContent)).toEqual(lesson.outline.map((o) => o.text))
    const toc = within(container.querySelector('.toc__wide')!)
    for (const h of headings) {
      expect(h.id).not.toBe('')
      expect(toc.getByRole('link', { name: h.textContent! })).toHaveAttribute(
        'href',
        `#/${entry.slug}?at=${h.id}`,
      )
    }
  })

  it('scrolls to a heading picked in the contents and records it in the address', async () => {
    const { container } = await open()
    const target = lesson.outline[2]
    await userEvent.click(
      within(container.querySelector('.toc__wide')!).getByRole('link', { name: target.text }),
    )
    expect(scrolledTo).toHaveBeenLastCalledWith(target.id)
    expect(window.location.hash).toBe(`#/${entry.slug}?at=${target.id}`)
  })

  it('opens at the heading named by ?at=', async () => {
    const target = lesson.outline[3]
    await open(target.id)
    expect(scrolledTo).toHaveBeenCalledWith(target.id)
  })

  it('links back to all lessons when there is no previous or next one', async () => {
    await open()
    const pager = screen.getByRole('navigation', { name: 'Lessons' })
    const links = within(pager).getAllByRole('link')
    const i = lessons.indexOf(entry)
    if (i === 0) expect(links[0]).toHaveAttribute('href', '#/')
    else expect(links[0]).toHaveAttribute('href', `#/${lessons[i - 1].slug}`)
    if (i === lessons.length - 1) expect(links[1]).toHaveAttribute('href', '#/')
    else expect(links[1]).toHaveAttribute('href', `#/${lessons[i + 1].slug}`)
  })

  it('links to the slides and records the visit', async () => {
    await open()
    expect(screen.getByRole('link', { name: 'Slides' })).toHaveAttribute(
      'href',
      `#/${entry.slug}/slides/1`,
    )
    expect(useLearner.getState().visits[entry.slug]).toBeDefined()
  })

  it('says so for a lesson that does not exist', () => {
    render(<NotebookPage slug="no-such-lesson" />)
    expect(screen.getByRole('heading', { name: 'There is no such lesson' })).toBeInTheDocument()
  })
})
