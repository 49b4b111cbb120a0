import type { NextAnswer } from '../../train/tasks/char-model/queries.ts'
import { visibleChar } from './model.ts'

/** The likeliest next characters after the prime, as bars with their probabilities. */
export function NextChars({ answer }: { answer: NextAnswer }) {
  const context = answer.prime.slice(-12)
  return (
    <figure className="charmodel__next">
      <figcaption>
        Next character after “<span className="charmodel__mono">{context}</span>”
      </figcaption>
      <ol>
        {answer.candidates.map(({ char, probability }) => (
          <li key={char} title={`p(${JSON.stringify(char)}) = ${probability}`}>
            <span className="charmodel__mono charmodel__char">{visibleChar(char)}</span>
            <span className="charmodel__bar" aria-hidden="true">
              <span style={{ width: `${(probability * 100).toFixed(1)}%` }} />
            </span>
            <span className="charmodel__prob">{(probability * 100).toFixed(1)}%</span>
          </li>
        ))}
      </ol>
    </figure>
  )
}
