import { render, screen, within } from '@testing-library/react'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { readLessons } from '../../build/lessons-plugin.ts'
import { IndexPage } from '../../src/app/IndexPage.tsx'
import { useLearner } from '../../src/app/learner.ts'

// What the build should have found in lessons/, read here straight from the files.
const onDisk = readLessons(resolve(__dirname, '../../lessons'))

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('IndexPage', () => {
  it('lists every lesson in lessons/, in order, with a link to it and to its slides', () => {
    expect(onDisk.length).toBeGreaterThan(0)
    render(<IndexPage />)
    const cards = screen.getAllByTestId('lesson-card')
    expect(cards).toHaveLength(onDisk.length)
    onDisk.forEach((lesson, i) => {
      const card = within(cards[i])
      expect(card.getByRole('link', { name: lesson.title })).toHaveAttribute(
        'href',
        `#/${lesson.slug}`,
      )
      expect(card.getByRole('link', { name: 'Present as slides' })).toHaveAttribute(
        'href',
        `#/${lesson.slug}/slides/1`,
      )
      expect(card.getByText(lesson.summary)).toBeInTheDocument()
      expect(card.getByText(`${lesson.minutes} min`)).toBeInTheDocument()
      // The deck has a title slide before the lesson's parts.
      expect(card.getByText(`${lesson.slideCount + 1} slides`)).toBeInTheDocument()
    })
  })

  it('marks lessons never opened as new, and opened ones as started', () => {
    const [first] = onDisk
    const { unmount } = render(<IndexPage />)
    expect(within(screen.getAllByTestId('lesson-card')[0]).getByText('New')).toBeInTheDocument()
    unmount()
    useLearner.setState({ visits: { [first.slug]: { at: 1, slide: 3 } } })
    render(<IndexPage />)
    expect(within(screen.getAllByTestId('lesson-card')[0]).getByText('Started')).toBeInTheDocument()
  })

  it('shows how many of a lesson’s exercises are solved, from the saved state', () => {
    const lesson = onDisk.find((l) => l.exerciseCount > 1)!
    useLearner.setState({
      solved: {
        [`${lesson.slug}/Exercise-1`]: { at: 1 },
        'another-lesson/Exercise-1': { at: 1 },
      },
    })
    render(<IndexPage />)
    const card = screen.getByRole('link', { name: lesson.title }).closest('li')!
    const progress = within(card).getByText(`1/${lesson.exerciseCount} exercises solved`)
    expect(progress).not.toHaveClass('meta-done')
  })

  it('marks a lesson whose exercises are all solved as done', () => {
    const lesson = onDisk.find((l) => l.exerciseCount > 0)!
    const solved = Object.fromEntries(
      Array.from({ length: lesson.exerciseCount }, (_, i) => [
        `${lesson.slug}/Exercise-${i + 1}`,
        { at: 1 },
      ]),
    )
    useLearner.setState({ solved })
    render(<IndexPage />)
    const card = screen.getByRole('link', { name: lesson.title }).closest('li')!
    expect(
      within(card).getByText(`${lesson.exerciseCount}/${lesson.exerciseCount} exercises solved`),
    ).toHaveClass('meta-done')
  })

  it('sets the tab title', () => {
    render(<IndexPage />)
    expect(document.title).toBe('Unfold: convolutional and recurrent networks, computed live')
  })
})
