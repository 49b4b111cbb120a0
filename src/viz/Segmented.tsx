import { useId } from 'react'
import './segmented.css'

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
  /** The schema name it sets, so a classroom link can hide this control alone. */
  param?: string
}

/** Radio buttons drawn as one segmented control: Tab reaches it, arrow keys move the choice. */
export function Segmented<V extends string>({ label, choices, value, onChange, param }: Props<V>) {
  const group = useId()
  return (
    <div className="segmented" role="radiogroup" aria-label={label} data-param={param}>
      {choices.map((c) => (
        <label
          key={c.value}
          className={`segmented__option${c.value === value ? ' segmented__option--on' : ''}`}
          title={c.title}
        >
          <input
            type="radio"
            name={group}
            value={c.value}
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
