import { useId } from 'react'

/** One choice of a segmented control. */
export interface Choice<V extends string> {
  value: V
  text: string
  /** Accessible name when the visible text is terse (a stage number). */
  name?: string
  title?: string
}

interface Props<V extends string> {
  label: string
  choices: readonly Choice<V>[]
  value: V
  onChange: (value: V) => void
}

/** Radio buttons drawn as one segmented control: Tab reaches it, arrow keys move the choice. */
export function Segmented<V extends string>({ label, choices, value, onChange }: Props<V>) {
  const group = useId()
  return (
    <div className="rnn-step__segmented" role="radiogroup" aria-label={label}>
      {choices.map((c) => (
        <label key={c.value} className={c.value === value ? 'is-on' : undefined} title={c.title}>
          <input
            type="radio"
            name={group}
            checked={c.value === value}
            aria-label={c.name}
            onChange={() => onChange(c.value)}
          />
          {c.text}
        </label>
      ))}
    </div>
  )
}
