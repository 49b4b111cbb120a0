import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { useLearner } from '../../src/app/learner.ts'
import { LessonContext } from '../../src/lesson/context.ts'
import { Exercise, Explanation, Hint } from '../../src/lesson/Exercise.tsx'
import { formatNumber } from '../../src/lesson/format.ts'

function inLesson(children: ReactNode) {
  return render(
    <LessonContext.Provider value={{ slug: 'neurons', view: { mode: 'notebook' } }}>
      {children}
    </LessonContext.Provider>,
  )
}

const numeric = (
  <Exercise kind="numeric" answer="sigmoidGrad(0)" instanceKey="Exercise-1">
    <p>What is the largest slope of the sigmoid?</p>
    <Hint>Where is s(1 - s) largest?</Hint>
    <Explanation>At z = 0 the output is one half.</Explanation>
  </Exercise>
)

const saved = () => JSON.parse(localStorage.getItem('unfold.exercises.v1') ?? '{}')

async function answer(text: string) {
  const box = screen.getByRole('textbox', { name: 'Your answer' })
  await userEvent.clear(box)
  if (text) await userEvent.type(box, text)
  await userEvent.click(screen.getByRole('button', { name: 'Check' }))
}

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('a numeric exercise', () => {
  it('shows the question without the hint or the explanation', () => {
    inLesson(numeric)
    expect(screen.getByText('What is the largest slope of the sigmoid?')).toBeInTheDocument()
    expect(screen.queryByText('Where is s(1 - s) largest?')).not.toBeInTheDocument()
    expect(screen.queryByText('At z = 0 the output is one half.')).not.toBeInTheDocument()
    expect(screen.queryByText('Solved')).not.toBeInTheDocument()
  })

  it('accepts a right answer typed as an expression and marks the exercise solved', async () => {
    inLesson(numeric)
    await answer('1/4')
    expect(screen.getByText('Correct.')).toBeInTheDocument()
    expect(screen.getByText('Solved')).toBeInTheDocument()
    expect(screen.getByText('At z = 0 the output is one half.')).toBeInTheDocument()
    expect(Object.keys(saved())).toEqual(['neurons/Exercise-1'])
  })

  it('says a wrong answer is too high, and stores nothing', async () => {
    inLesson(numeric)
    await answer('0.5')
    expect(screen.getByText('Not yet: 0.5 is too high.')).toBeInTheDocument()
    expect(screen.queryByText('Solved')).not.toBeInTheDocument()
    expect(localStorage.getItem('unfold.exercises.v1')).toBeNull()
  })

  it('explains an answer it cannot read', async () => {
    inLesson(numeric)
    await answer('quarter')
    expect(screen.getByText('I do not know "quarter" (position 1).')).toBeInTheDocument()
    await answer('')
    expect(screen.getByText('The expression is empty.')).toBeInTheDocument()
  })

  it('shows and hides the hint', async () => {
    inLesson(numeric)
    const toggle = screen.getByRole('button', { name: 'Hint' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(toggle)
    expect(screen.getByText('Where is s(1 - s) largest?')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Hide hint' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Hide hint' }))
    expect(screen.queryByText('Where is s(1 - s) largest?')).not.toBeInTheDocument()
  })

  it('reveals the computed answer and the explanation without marking it solved', async () => {
    inLesson(numeric)
    await userEvent.click(screen.getByRole('button', { name: 'Show answer' }))
    expect(screen.getByText(formatNumber(0.25))).toBeInTheDocument()
    expect(screen.getByText('At z = 0 the output is one half.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Show answer' })).toBeDisabled()
    await answer('0.25')
    expect(screen.getByText('Correct.')).toBeInTheDocument()
    expect(screen.queryByText('Solved')).not.toBeInTheDocument()
    expect(localStorage.getItem('unfold.exercises.v1')).toBeNull()
  })

  it('is still solved after the page is opened again', async () => {
    const first = inLesson(numeric)
    await answer('0.25')
    first.unmount()
    inLesson(numeric)
    expect(screen.getByText('Solved')).toBeInTheDocument()
    expect(screen.getByText('At z = 0 the output is one half.')).toBeInTheDocument()
    expect(screen.queryByText('Correct.')).not.toBeInTheDocument()
  })

  it('keeps solved state per lesson and exercise', async () => {
    inLesson(
      <>
        {numeric}
        <Exercise kind="numeric" answer="2" instanceKey="Exercise-2">
          <p>Two?</p>
        </Exercise>
      </>,
    )
    const boxes = screen.getAllByRole('textbox', { name: 'Your answer' })
    await userEvent.type(boxes[1], '2')
    await userEvent.click(screen.getAllByRole('button', { name: 'Check' })[1])
    expect(screen.getAllByText('Solved')).toHaveLength(1)
    expect(Object.keys(saved())).toEqual(['neurons/Exercise-2'])
  })
})

describe('a choice exercise', () => {
  const choice = (
    <Exercise
      kind="choice"
      answer="Leaky ReLU"
      choices={['Sigmoid', 'ReLU', 'Leaky ReLU']}
      instanceKey="Exercise-3"
    >
      <p>Which one?</p>
    </Exercise>
  )

  it('asks for a pick before checking', async () => {
    inLesson(choice)
    await userEvent.click(screen.getByRole('button', { name: 'Check' }))
    expect(screen.getByText('Pick one of the options first.')).toBeInTheDocument()
  })

  it('rejects a wrong option and accepts the right one', async () => {
    inLesson(choice)
    await userEvent.click(screen.getByRole('radio', { name: 'ReLU' }))
    await userEvent.click(screen.getByRole('button', { name: 'Check' }))
    expect(screen.getByText('Not this one. Try again, or ask for a hint.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('radio', { name: 'Leaky ReLU' }))
    await userEvent.click(screen.getByRole('button', { name: 'Check' }))
    expect(screen.getByText('Correct.')).toBeInTheDocument()
    expect(Object.keys(saved())).toEqual(['neurons/Exercise-3'])
  })

  it('reveals the correct option by name', async () => {
    inLesson(choice)
    await userEvent.click(screen.getByRole('button', { name: 'Show answer' }))
    expect(screen.getByText('Leaky ReLU', { selector: 'strong' })).toBeInTheDocument()
  })
})

describe('an expression exercise', () => {
  const expression = (
    <Exercise kind="expression" answer="1 - tanh(x)^2" instanceKey="Exercise-4">
      <p>Derivative of tanh?</p>
    </Exercise>
  )

  it('accepts an equivalent formula', async () => {
    inLesson(expression)
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveAttribute(
      'placeholder',
      'a formula in x',
    )
    await answer('1-tanh(x)*tanh(x)')
    expect(screen.getByText('Correct.')).toBeInTheDocument()
    expect(Object.keys(saved())).toEqual(['neurons/Exercise-4'])
  })

  it('rejects a wrong formula and shows where it differs', async () => {
    inLesson(expression)
    await answer('1 - tanh(x)')
    expect(
      screen.getByText(/^Not yet: at x = \S+ yours gives \S+, but it should be \S+\.$/),
    ).toBeInTheDocument()
  })
})
