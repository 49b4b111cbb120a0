import {
  Children,
  isValidElement,
  useId,
  useMemo,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react'
import { useLearner } from '../app/learner.ts'
import { checkChoice, checkExpression, checkNumeric, type Verdict } from './check.ts'
import { useLesson } from './context.ts'
import { evaluate } from './expr.ts'
import { formatNumber } from './format.ts'

/** The hint an exercise shows on request. */
export function Hint({ children }: { children?: ReactNode }) {
  return <div className="exercise__hint">{children}</div>
}

/** The explanation shown once the exercise is solved or revealed. */
export function Explanation({ children }: { children?: ReactNode }) {
  return <div className="exercise__explanation">{children}</div>
}

interface ExerciseProps {
  /** numeric: type a number; choice: pick one; expression: type a formula in `variable`. */
  kind: 'numeric' | 'choice' | 'expression'
  /** numeric: an expression the engine evaluates now; choice: the correct option; expression: the reference formula. */
  answer: string
  choices?: string[]
  tolerance?: number
  variable?: string
  /** Injected by the build: the exercise's stable id within its lesson. */
  instanceKey?: string
  children?: ReactNode
}

/** A self-test question with immediate feedback, a hint, a reveal, and a solved state that persists. */
export function Exercise({
  kind,
  answer,
  choices = [],
  tolerance,
  variable = 'x',
  instanceKey,
  children,
}: ExerciseProps) {
  const { slug } = useLesson()
  const key = `${slug}/${instanceKey ?? answer}`
  const solved = useLearner((s) => Boolean(s.solved[key]))
  const solve = useLearner((s) => s.solve)
  const [input, setInput] = useState('')
  const [choice, setChoice] = useState<string | null>(null)
  const [verdict, setVerdict] = useState<Verdict | null>(null)
  const [showHint, setShowHint] = useState(false)
  const [revealed, setRevealed] = useState(false)
  const id = useId()

  const parts = Children.toArray(children)
  const hint = parts.find((c) => isValidElement(c) && c.type === Hint)
  const explanation = parts.find((c) => isValidElement(c) && c.type === Explanation)
  const question = parts.filter((c) => c !== hint && c !== explanation)

  const expected = useMemo(() => (kind === 'numeric' ? evaluate(answer) : NaN), [kind, answer])
  const shownAnswer = kind === 'numeric' ? formatNumber(expected) : answer

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const v =
      kind === 'numeric'
        ? checkNumeric(input, expected, tolerance)
        : kind === 'expression'
          ? checkExpression(input, answer, variable)
          : checkChoice(choice, answer)
    setVerdict(v)
    if (v.status === 'correct' && !revealed) solve(key)
  }

  // A correct answer after "Show answer" is not stored as solved, so it is not shown as solved.
  const done = solved || (verdict?.status === 'correct' && !revealed)
  return (
    <section
      className={`exercise${done ? ' exercise--solved' : ''}`}
      aria-labelledby={`${id}-title`}
    >
      <p className="exercise__title" id={`${id}-title`}>
        Exercise{done ? <span className="exercise__badge">Solved</span> : null}
      </p>
      <div className="exercise__question">{question}</div>
      <form className="exercise__form" onSubmit={submit}>
        {kind === 'choice' ? (
          <fieldset className="exercise__choices">
            <legend className="visually-hidden">Options</legend>
            {choices.map((c) => (
              <label key={c} className="exercise__choice">
                <input
                  type="radio"
                  name={id}
                  value={c}
                  checked={choice === c}
                  onChange={() => setChoice(c)}
                />{' '}
                {c}
              </label>
            ))}
          </fieldset>
        ) : (
          <label className="exercise__input">
            <span className="visually-hidden">Your answer</span>
            <input
              type="text"
              inputMode={kind === 'numeric' ? 'decimal' : 'text'}
              autoComplete="off"
              spellCheck={false}
              placeholder={
                kind === 'numeric' ? 'a number, or e.g. 1/4' : `a formula in ${variable}`
              }
              value={input}
              onChange={(e) => setInput(e.target.value)}
            />
          </label>
        )}
        <button type="submit" className="button">
          Check
        </button>
        {hint ? (
          <button
            type="button"
            className="link-button"
            onClick={() => setShowHint((h) => !h)}
            aria-expanded={showHint}
          >
            {showHint ? 'Hide hint' : 'Hint'}
          </button>
        ) : null}
        <button
          type="button"
          className="link-button"
          onClick={() => setRevealed(true)}
          disabled={revealed}
        >
          Show answer
        </button>
      </form>
      <div aria-live="polite" className="exercise__feedback">
        {verdict?.status === 'correct' ? <p className="feedback feedback--good">Correct.</p> : null}
        {verdict && verdict.status !== 'correct' ? (
          <p className="feedback feedback--bad">{verdict.message}</p>
        ) : null}
      </div>
      {showHint ? hint : null}
      {revealed || done ? (
        <div className="exercise__reveal">
          {revealed ? (
            <p>
              Answer: <strong>{shownAnswer}</strong>
            </p>
          ) : null}
          {explanation}
        </div>
      ) : null}
    </section>
  )
}
