import { useId } from 'react'

/** "Channel 1 2 3" as a radio group: which one of several maps or kernels is on show. */
export function Picker({
  label,
  count,
  value,
  onChange,
}: {
  label: string
  count: number
  value: number
  onChange: (i: number) => void
}) {
  const name = useId()
  if (count < 2) return null
  return (
    <div className="conv-picker" role="radiogroup" aria-label={label}>
      <span>{label}</span>
      {Array.from({ length: count }, (_, i) => (
        <label
          key={i}
          className={`conv-picker__option${i === value ? ' conv-picker__option--on' : ''}`}
        >
          <input type="radio" name={name} checked={i === value} onChange={() => onChange(i)} />
          {i + 1}
        </label>
      ))}
    </div>
  )
}
