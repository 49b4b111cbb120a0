import { useId } from 'react'

interface Props {
  text: string
  error: string | null
  onType: (text: string) => void
  step: number
  steps: number
  onStep: (t: number) => void
  playing: boolean
  /** Null under reduced motion: no play button, nothing moves on its own. */
  onPlay: ((playing: boolean) => void) | null
}

/**
 * Where a key moves the scrubber. Handled here rather than left to the browser so every browser
 * (and the tests' DOM) steps the same way; PageUp/PageDown stay with the slide deck.
 */
export function keyStep(key: string, step: number, steps: number): number | null {
  const to = {
    ArrowRight: step + 1,
    ArrowUp: step + 1,
    ArrowLeft: step - 1,
    ArrowDown: step - 1,
    Home: 1,
    End: steps,
  }[key]
  return to === undefined ? null : Math.min(Math.max(to, 1), steps)
}

/** The word field and the stepper: back, play/pause, forward and a scrubber, all keyboard-operable. */
export function Controls({ text, error, onType, step, steps, onStep, playing, onPlay }: Props) {
  const id = useId()
  return (
    <div className="unroll__controls" data-controls>
      <label className="unroll__word">
        <span>word</span>
        <input
          type="text"
          value={text}
          maxLength={12}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onType(e.target.value)}
        />
      </label>
      <div className="unroll__stepper">
        <button
          type="button"
          onClick={() => onStep(step - 1)}
          disabled={step <= 1}
          aria-label="Previous step"
        >
          ◀
        </button>
        {onPlay ? (
          <button type="button" onClick={() => onPlay(!playing)} aria-pressed={playing}>
            {playing ? 'Pause' : 'Play'}
          </button>
        ) : null}
        <button
          type="button"
          onClick={() => onStep(step + 1)}
          disabled={step >= steps}
          aria-label="Next step"
        >
          ▶
        </button>
        {onPlay ? null : (
          <span className="unroll__hint" title="Your system asks for reduced motion">
            (reduced motion: no autoplay)
          </span>
        )}
        <label className="unroll__scrub">
          <span>
            step {step} of {steps}
          </span>
          <input
            type="range"
            min={1}
            max={steps}
            step={1}
            value={step}
            aria-label="Time step"
            aria-valuetext={`step ${step} of ${steps}`}
            onChange={(e) => onStep(Number(e.target.value))}
            onKeyDown={(e) => {
              const to = keyStep(e.key, step, steps)
              if (to === null) return
              e.preventDefault()
              onStep(to)
            }}
          />
        </label>
      </div>
      {error ? (
        <p className="unroll__error" id={`${id}-error`} role="alert">
          {error} Still showing the last word that fits.
        </p>
      ) : null}
    </div>
  )
}
