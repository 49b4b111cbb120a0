import { useId } from 'react'
import { MAX_CHARS } from './presets.ts'

interface Props {
  texts: readonly string[]
  errors: readonly (string | null)[]
  onType: (index: number, text: string) => void
}

/**
 * One text field per sentence with a live character count. No maxLength: the browser would cut a
 * paste short without a word, so an over-long sentence is kept in its field and refused aloud.
 */
export function SentenceFields({ texts, errors, onType }: Props) {
  const id = useId()
  return (
    <div className="tv__fields">
      {texts.map((text, i) => {
        const error = errors[i]
        const length = Array.from(text).length
        return (
          <div className="tv__field" key={i}>
            <label htmlFor={`${id}-${i}`}>Sentence {i + 1}</label>
            <input
              id={`${id}-${i}`}
              type="text"
              value={text}
              autoComplete="off"
              spellCheck={false}
              placeholder={i === 0 ? 'type a sentence' : '(empty: no row)'}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-${i}-count${error ? ` ${id}-${i}-error` : ''}`}
              onChange={(e) => onType(i, e.target.value)}
            />
            <span
              id={`${id}-${i}-count`}
              className={`tv__count${length > MAX_CHARS ? ' is-over' : ''}`}
            >
              {length}/{MAX_CHARS}
            </span>
            {error ? (
              <p className="tv__error" id={`${id}-${i}-error`} role="alert">
                {error} Still using its last version that fits.
              </p>
            ) : null}
          </div>
        )
      })}
    </div>
  )
}
