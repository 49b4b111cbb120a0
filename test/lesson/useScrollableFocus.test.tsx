import { render } from '@testing-library/react'
import { useRef } from 'react'
import { describe, expect, it } from 'vitest'
import { useScrollableFocus } from '../../src/lesson/useScrollableFocus.ts'

/** jsdom has no layout: give an element the widths a browser would measure. */
function widths(el: Element, scroll: number, client: number) {
  Object.defineProperty(el, 'scrollWidth', { value: scroll, configurable: true })
  Object.defineProperty(el, 'clientWidth', { value: client, configurable: true })
}

function Lesson({ ready }: { ready: boolean }) {
  const ref = useRef<HTMLElement>(null)
  useScrollableFocus(ref, ready)
  return (
    <article ref={ref}>
      <span
        className="katex-display"
        data-testid="wide"
        ref={(el) => {
          if (el) widths(el, 900, 400)
        }}
      />
      <span
        className="katex-display"
        data-testid="narrow"
        ref={(el) => {
          if (el) widths(el, 300, 400)
        }}
      />
      <div
        className="table-scroll"
        data-testid="table"
        ref={(el) => {
          if (el) widths(el, 700, 390)
        }}
      />
    </article>
  )
}

describe('useScrollableFocus', () => {
  it('puts only the formulas and tables that overflow into the tab order, named', () => {
    const { getByTestId } = render(<Lesson ready />)
    expect(getByTestId('wide')).toHaveAttribute('tabindex', '0')
    expect(getByTestId('wide')).toHaveAttribute('role', 'region')
    expect(getByTestId('wide')).toHaveAccessibleName(/scrolls sideways/)
    expect(getByTestId('table')).toHaveAttribute('tabindex', '0')
    expect(getByTestId('narrow')).not.toHaveAttribute('tabindex')
  })

  it('waits for the lesson to be ready', () => {
    const { getByTestId } = render(<Lesson ready={false} />)
    expect(getByTestId('wide')).not.toHaveAttribute('tabindex')
  })
})
