import { useId } from 'react'
import type { LossAt } from './model.ts'

interface Props {
  /** Backward step, 1 (at h_T) to T (at h_1). */
  step: number
  steps: number
  onStep: (step: number) => void
  playing: boolean
  /** Null under reduced motion: no play button, nothing moves on its own. */
  onPlay: ((playing: boolean) => void) | null
  k: number
  onK: (k: number) => void
  lossAt: LossAt
  onLossAt: (lossAt: LossAt) => void
}

/**
 * Where a key moves the backward pass. The graph runs left to right in time and the pass right to
 * left, so ArrowLeft goes one step further back (towards h_1) and ArrowRight returns towards h_T.
 */
export function backwardKey(key: string, step: number, steps: number): number | null {
  const to = {
    ArrowLeft: step + 1,
    ArrowUp: step + 1,
    ArrowRight: step - 1,
    ArrowDown: step - 1,
    Home: 1,
    End: steps,
  }[key]
  return to === undefined ? null : Math.min(Math.max(to, 1), steps)
}

/** Backward-pass stepper (buttons, play, a scrubber with arrow keys), the window k and the loss. */
export function Controls(p: Props) {
  const t = p.steps - p.step + 1
  const group = useId()
  return (
    <div className="bptt__controls" data-controls>
      <div className="bptt__stepper" role="group" aria-label="Backward pass">
        <button
          type="button"
          onClick={() => p.onStep(p.step + 1)}
          disabled={p.step >= p.steps}
          aria-label="One step further back"
        >
          ◀
        </button>
        {p.onPlay ? (
          <button type="button" onClick={() => p.onPlay!(!p.playing)} aria-pressed={p.playing}>
            {p.playing ? 'Pause' : 'Play'}
          </button>
        ) : (
          <span className="bptt__hint">(reduced motion: no autoplay)</span>
        )}
        <button
          type="button"
          onClick={() => p.onStep(p.step - 1)}
          disabled={p.step <= 1}
          aria-label="Back towards h_T"
        >
          ▶
        </button>
        <label className="bptt__range">
          <span>
            at h<sub>{t}</sub>
          </span>
          <input
            type="range"
            min={1}
            max={p.steps}
            value={p.step}
            aria-label="Backward step"
            aria-valuetext={`backward step ${p.step} of ${p.steps}, at h_${t}`}
            onChange={(e) => p.onStep(Number(e.target.value))}
            onKeyDown={(e) => {
              const to = backwardKey(e.key, p.step, p.steps)
              if (to === null) return
              e.preventDefault()
              p.onStep(to)
            }}
          />
        </label>
      </div>
      <label className="bptt__range">
        <span>window k = {Math.min(p.k, p.steps)}</span>
        <input
          type="range"
          min={1}
          max={p.steps}
          value={Math.min(p.k, p.steps)}
          aria-label="Truncation window k"
          onChange={(e) => p.onK(Number(e.target.value))}
        />
      </label>
      <fieldset className="bptt__lossat">
        <legend>Loss at</legend>
        {(['every', 'last'] as const).map((v) => (
          <label key={v}>
            <input
              type="radio"
              name={group}
              checked={p.lossAt === v}
              onChange={() => p.onLossAt(v)}
            />
            {v === 'every' ? 'every step' : 'last step'}
          </label>
        ))}
      </fieldset>
    </div>
  )
}
