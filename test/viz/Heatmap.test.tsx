import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { divergingColor } from '../../src/viz/colors.ts'
import { Heatmap, moveActive } from '../../src/viz/Heatmap.tsx'

const values = [
  [0.5, -1.25, 2],
  [-0.125, 0, 1.0625],
]

function setup(showValues = false) {
  return render(
    <Heatmap
      title="test map"
      rows={['unit 1', 'unit 2']}
      columns={['a', 'b', 'c']}
      values={values}
      legendLabel="signed"
      columnsLabel="letter"
      showValues={showValues}
      notes={[
        { label: 'notes', cells: [{ text: 'x' }, { text: 'y', tone: 'bad' }, { text: 'z' }] },
      ]}
    />,
  )
}

describe('Heatmap', () => {
  it('moves the active cell with arrows, Home and End, staying inside the grid', () => {
    expect(moveActive('ArrowRight', [0, 2], 2, 3)).toEqual([0, 2])
    expect(moveActive('ArrowDown', [0, 1], 2, 3)).toEqual([1, 1])
    expect(moveActive('ArrowUp', [0, 1], 2, 3)).toEqual([0, 1])
    expect(moveActive('End', [1, 0], 2, 3)).toEqual([1, 2])
    expect(moveActive('Home', [1, 2], 2, 3)).toEqual([1, 0])
    expect(moveActive('a', [1, 2], 2, 3)).toBeNull()
  })

  it('gives every cell its full value in a title and a diverging fill', () => {
    setup()
    const grid = screen.getByRole('grid', { name: 'test map' })
    const cells = within(grid)
      .getAllByRole('gridcell')
      .filter((c) => c.title)
    expect(cells).toHaveLength(6)
    const color = divergingColor(2)
    cells.forEach((cell, k) => {
      const v = values[Math.floor(k / 3)][k % 3]
      expect(cell.title).toBe(`${k < 3 ? 'unit 1' : 'unit 2'}, ${'abc'[k % 3]}: ${v}`)
      expect(cell.style.background).toBe(color(v))
    })
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['a', 'b', 'c'])
  })

  it('walks the cells from the keyboard and reads out the active one', async () => {
    setup()
    const grid = screen.getByRole('grid', { name: 'test map' })
    await userEvent.tab()
    expect(grid).toHaveFocus()
    await userEvent.keyboard('{ArrowRight}{ArrowDown}')
    const active = document.getElementById(grid.getAttribute('aria-activedescendant')!)!
    expect(active).toHaveAttribute('aria-selected', 'true')
    expect(active.title).toBe('unit 2, b: 0')
    expect(screen.getByText('unit 2, b', { exact: false }).closest('figcaption')).toHaveTextContent(
      'unit 2, b: 0',
    )
  })

  it('prints rounded values when asked', () => {
    setup(true)
    expect(screen.getByTitle('unit 1, b: -1.25')).toHaveTextContent('−1.3')
  })
})
