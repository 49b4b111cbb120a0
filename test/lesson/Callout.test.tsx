import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Callout } from '../../src/lesson/Callout.tsx'

describe('Callout', () => {
  it('labels each kind of aside', () => {
    const kinds = {
      note: 'Note',
      tip: 'Intuition',
      warning: 'Watch out',
      erratum: 'The slide says otherwise',
    }
    for (const [kind, label] of Object.entries(kinds)) {
      const { container, unmount } = render(<Callout kind={kind as 'note'}>Body</Callout>)
      expect(screen.getByText(label)).toBeInTheDocument()
      expect(container.querySelector('aside')).toHaveClass(`callout--${kind}`)
      unmount()
    }
  })

  it('uses the author’s title when given', () => {
    render(<Callout kind="warning" title="Exploding gradients" />)
    expect(screen.getByText('Exploding gradients')).toBeInTheDocument()
    expect(screen.queryByText('Watch out')).not.toBeInTheDocument()
  })

  it('treats an unknown or inherited kind as a note', () => {
    for (const kind of ['danger', 'constructor', '__proto__']) {
      const { container, unmount } = render(<Callout kind={kind as 'note'} />)
      expect(container.querySelector('aside')).toHaveClass('callout--note')
      expect(screen.getByText('Note')).toBeInTheDocument()
      unmount()
    }
  })
})
