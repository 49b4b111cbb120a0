import { act, render } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { claimPress, useClickerSteps } from '../../src/lesson/clicker.ts'
import { LessonContext, type LessonView } from '../../src/lesson/context.ts'

/** A stand-in for a stepper: `count` steps, its step shown as text. */
function Stepper({ count, id }: { count: number; id: string }) {
  const [step, setStep] = useState(0)
  useClickerSteps({ step, count, go: setStep })
  return <output data-testid={id}>{step}</output>
}

function onSlide(view: LessonView, ...children: React.ReactNode[]) {
  return render(
    <LessonContext.Provider value={{ slug: 'x', view }}>{children}</LessonContext.Provider>,
  )
}

const press = (d: 'next' | 'prev') => {
  let taken = false
  act(() => {
    taken = claimPress(d)
  })
  return taken
}

describe('clicker steps', () => {
  it('walks a widget on the live slide forward to its end, then lets the deck move on', () => {
    const { getByTestId } = onSlide(
      { mode: 'slide', index: 0 },
      <Stepper key="a" count={3} id="a" />,
    )
    expect(press('next')).toBe(true)
    expect(press('next')).toBe(true)
    expect(getByTestId('a')).toHaveTextContent('2')
    expect(press('next')).toBe(false)
    expect(press('prev')).toBe(true)
    expect(press('prev')).toBe(true)
    expect(getByTestId('a')).toHaveTextContent('0')
    expect(press('prev')).toBe(false)
  })

  it('gives the presses to the first steppable widget on the slide only', () => {
    const { getByTestId } = onSlide(
      { mode: 'slide', index: 0 },
      <Stepper key="a" count={2} id="a" />,
      <Stepper key="b" count={5} id="b" />,
    )
    expect(press('next')).toBe(true)
    expect(press('next')).toBe(false)
    expect(getByTestId('a')).toHaveTextContent('1')
    expect(getByTestId('b')).toHaveTextContent('0')
  })

  it('claims nothing in the notebook, in previews, or for a single step', () => {
    for (const view of [
      { mode: 'notebook' },
      { mode: 'slide', index: 0, preview: true },
    ] as LessonView[]) {
      const { unmount } = onSlide(view, <Stepper key="a" count={4} id="a" />)
      expect(press('next')).toBe(false)
      unmount()
    }
    const { unmount } = onSlide({ mode: 'slide', index: 0 }, <Stepper key="a" count={1} id="a" />)
    expect(press('next')).toBe(false)
    unmount()
  })

  it('forgets a widget once it leaves the slide', () => {
    const { unmount } = onSlide({ mode: 'slide', index: 0 }, <Stepper key="a" count={4} id="a" />)
    unmount()
    expect(press('next')).toBe(false)
  })
})
