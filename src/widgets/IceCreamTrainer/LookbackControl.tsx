import { useId } from 'react'
import { LOOKBACK_RANGE } from '../../train/tasks/ice-cream/meta.ts'

interface Props {
  lookback: number
  onChange: (lookback: number) => void
}

/** How far back the hidden policy looks: a slider; changing it starts a new run. */
export function LookbackControl({ lookback, onChange }: Props) {
  const id = useId()
  return (
    <div className="ic-lookback" data-controls data-param="lookback">
      <label htmlFor={id}>The owner’s policy looks back</label>
      <input
        id={id}
        type="range"
        min={LOOKBACK_RANGE.min}
        max={LOOKBACK_RANGE.max}
        step={1}
        value={lookback}
        aria-valuetext={`${lookback} ${lookback === 1 ? 'day' : 'days'}`}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output htmlFor={id}>
        {lookback} {lookback === 1 ? 'day' : 'days'}
      </output>
      <span className="ic-lookback__note">today included; a change starts training over</span>
    </div>
  )
}
