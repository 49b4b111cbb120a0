import { PACKED_VALIDATION } from '../../train/tasks/digits/meta.ts'

interface Props {
  digit: number
  /** Whether a validation digit (rather than a drawing) is on show. */
  active: boolean
  onDigit: (index: number) => void
}

const LAST = PACKED_VALIDATION - 1

/** Picks a validation digit by number: the keyboard's way to feed the network a digit. */
export function DigitPicker({ digit, active, onDigit }: Props) {
  const go = (index: number) => onDigit(Math.min(LAST, Math.max(0, index)))
  return (
    <fieldset className="digits-picker">
      <legend>Or use a validation digit</legend>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => go(digit - 1)}
        disabled={active && digit === 0}
      >
        ‹ Previous
      </button>
      <label>
        <span className="visually-hidden">Validation digit number</span>
        <input
          type="number"
          min={0}
          max={LAST}
          value={digit}
          onChange={(e) => {
            const n = e.currentTarget.valueAsNumber
            if (Number.isInteger(n)) go(n)
          }}
        />
      </label>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => go(digit + 1)}
        disabled={active && digit === LAST}
      >
        Next ›
      </button>
      {active ? null : (
        <button type="button" className="button button--quiet" onClick={() => go(digit)}>
          Show #{digit}
        </button>
      )}
    </fieldset>
  )
}
