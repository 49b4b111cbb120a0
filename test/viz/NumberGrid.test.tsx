import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { NumberGrid } from '../../src/viz/NumberGrid.tsx'

const values = [
  [1, 2],
  [3, 4],
]

describe('NumberGrid', () => {
  it('commits a typed number on Enter and moves down', async () => {
    const onEdit = vi.fn()
    render(<NumberGrid values={values} label="Kernel" onEdit={onEdit} />)
    const cell = screen.getByLabelText('Kernel row 1 column 1')
    await userEvent.clear(cell)
    await userEvent.type(cell, '-0.5{Enter}')
    expect(onEdit).toHaveBeenCalledWith(0, 0, -0.5)
    expect(document.activeElement).toBe(screen.getByLabelText('Kernel row 2 column 1'))
  })

  it('refuses a typo in place with a message and keeps the value', async () => {
    const onEdit = vi.fn()
    render(<NumberGrid values={values} label="Kernel" onEdit={onEdit} />)
    const cell = screen.getByLabelText('Kernel row 2 column 2')
    await userEvent.clear(cell)
    await userEvent.type(cell, '4x')
    fireEvent.blur(cell)
    expect(onEdit).not.toHaveBeenCalled()
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Kernel, row 2, column 2: "4x" is not a number.',
    )
    expect(cell).toHaveAttribute('aria-invalid', 'true')
    expect(cell).toHaveValue('4x')
  })

  it('pastes a block of numbers through onPaste, and refuses a ragged one', () => {
    const onPaste = vi.fn()
    render(<NumberGrid values={values} label="Input" onEdit={() => {}} onPaste={onPaste} />)
    const cell = screen.getByLabelText('Input row 1 column 1')
    fireEvent.paste(cell, { clipboardData: { getData: () => '1 0\n0 1' } })
    expect(onPaste).toHaveBeenCalledWith([
      [1, 0],
      [0, 1],
    ])
    fireEvent.paste(cell, { clipboardData: { getData: () => '1 0\n0' } })
    expect(screen.getByRole('alert')).toHaveTextContent('Row 2 has 1 numbers; row 1 has 2.')
  })

  it('shows read-only values rounded, with full precision for hover and screen readers', () => {
    render(<NumberGrid values={[[1 / 3]]} label="Output" digits={2} />)
    const cell = screen.getByRole('gridcell')
    expect(cell).toHaveTextContent('0.33')
    expect(cell).toHaveAttribute('title', String(1 / 3))
    expect(cell.getAttribute('aria-label')).toContain('0.3333')
  })
})

describe('NumberGrid, Enter on a typo', () => {
  it('stays on the cell and keeps the message', async () => {
    const onEdit = vi.fn()
    render(<NumberGrid values={values} label="Kernel" onEdit={onEdit} />)
    const cell = screen.getByLabelText('Kernel row 1 column 2')
    await userEvent.clear(cell)
    await userEvent.type(cell, 'oops{Enter}')
    expect(document.activeElement).toBe(cell)
    expect(screen.getByRole('alert')).toHaveTextContent('"oops" is not a number.')
    expect(onEdit).not.toHaveBeenCalled()
  })
})
