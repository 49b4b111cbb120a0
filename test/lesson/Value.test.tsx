import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../src/lesson/format.ts'
import { Value } from '../../src/lesson/Value.tsx'

describe('Value', () => {
  it('shows the number an expression computes, with its source as the title', () => {
    render(<Value of="tanh(1)" />)
    const value = screen.getByText(formatNumber(Math.tanh(1)))
    expect(value).toHaveAttribute('title', 'tanh(1)')
    expect(value).not.toHaveClass('value--error')
  })

  it('rounds to the digits asked for', () => {
    render(<Value of="pi" digits={2} />)
    expect(screen.getByText('3.1')).toBeInTheDocument()
  })

  it('shows a visible marker, not a number, when the expression fails', () => {
    render(<Value of="sigmoid(" />)
    const marker = screen.getByText('⚠ cannot compute')
    expect(marker).toHaveClass('value--error')
    expect(marker).toHaveAttribute('title', 'sigmoid(')
  })
})
