import type { KeyboardEvent } from 'react'
import { useClickerSteps } from '../../lesson/clicker.ts'
import { PHASES } from './schema.ts'

interface Props {
  step: number
  onStep: (step: number) => void
}

const KEYS: Record<string, (step: number) => number> = {
  ArrowRight: (s) => s + 1,
  ArrowDown: (s) => s + 1,
  ArrowLeft: (s) => s - 1,
  ArrowUp: (s) => s - 1,
  Home: () => 0,
  End: () => PHASES.length - 1,
}

/**
 * Back, the phases as a track, and next. The track is a slider: focused, the arrow keys and
 * Home/End move through the phases (and a slide deck leaves those keys to it).
 */
export function PhaseStepper({ step, onStep }: Props) {
  const last = PHASES.length - 1
  // On a slide the clicker walks the phases before the deck moves on.
  useClickerSteps({ step, count: PHASES.length, go: onStep })
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    const move = KEYS[e.key]
    if (!move || e.target instanceof HTMLInputElement) return
    e.preventDefault()
    onStep(Math.min(last, Math.max(0, move(step))))
  }
  const phase = PHASES[step]
  return (
    <div className="bp-stepper" role="group" aria-label="Phases" onKeyDown={onKey}>
      <button
        type="button"
        className="bp-stepper__button"
        aria-label="Previous phase"
        disabled={step === 0}
        onClick={() => onStep(step - 1)}
      >
        ‹
      </button>
      {/* A slider, not a list: its dots are marks on the track, not list items. */}
      <div
        className="bp-stepper__track"
        role="slider"
        tabIndex={0}
        aria-label="Phase"
        aria-valuemin={1}
        aria-valuemax={PHASES.length}
        aria-valuenow={step + 1}
        aria-valuetext={`${step + 1} of ${PHASES.length}: ${phase.title}`}
      >
        {PHASES.map((p, i) => (
          <span
            key={p.id}
            className={`bp-stepper__dot bp-stepper__dot--${p.kind}${i === step ? ' is-on' : ''}`}
            title={p.title}
            onClick={() => onStep(i)}
          >
            {i + 1}
          </span>
        ))}
      </div>
      <button
        type="button"
        className="bp-stepper__button"
        aria-label="Next phase"
        disabled={step === last}
        onClick={() => onStep(step + 1)}
      >
        ›
      </button>
    </div>
  )
}
