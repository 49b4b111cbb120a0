import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { LessonEntry } from '../../src/lesson/catalog.ts'
import { Pager } from '../../src/notebook/Pager.tsx'

const lesson = (slug: string, title: string) => ({ slug, title }) as LessonEntry

describe('Pager', () => {
  it('links to the previous and the next lesson by title', () => {
    render(<Pager prev={lesson('one', 'Lesson one')} next={lesson('three', 'Lesson three')} />)
    expect(screen.getByRole('link', { name: /Lesson one/ })).toHaveTextContent(/^Previous/)
    expect(screen.getByRole('link', { name: /Lesson one/ })).toHaveAttribute('href', '#/one')
    expect(screen.getByRole('link', { name: /Lesson three/ })).toHaveAttribute('href', '#/three')
  })

  it('offers the way back to all lessons at either end', () => {
    render(<Pager />)
    const [back, finished] = screen.getAllByRole('link')
    expect(back).toHaveTextContent('Back to')
    expect(back).toHaveAttribute('href', '#/')
    expect(finished).toHaveTextContent('Finished?')
    expect(finished).toHaveAttribute('href', '#/')
  })
})
