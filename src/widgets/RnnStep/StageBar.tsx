import { Segmented } from '../../viz/Segmented.tsx'

interface Props {
  /** The stages in reading order; 'all' is added at the end. */
  stages: readonly { id: string; title: string }[]
  value: string
  onChange: (id: string) => void
}

/**
 * Which stage of the working is shown: radio buttons (arrow keys move between them) plus Back and
 * Next, so a slide can walk through the step one stage at a time.
 */
export function StageBar({ stages, value, onChange }: Props) {
  const choices = [
    ...stages.map((s, k) => ({
      value: s.id,
      text: String(k + 1),
      name: `stage ${k + 1}: ${s.title}`,
      title: s.title,
    })),
    { value: 'all', text: 'all', name: 'all stages', title: 'every stage at once' },
  ]
  const at = choices.findIndex((c) => c.value === value)
  return (
    <div className="rnn-step__stages">
      <button type="button" disabled={at <= 0} onClick={() => onChange(choices[at - 1].value)}>
        ◂ Back
      </button>
      <Segmented label="Stage of the working" choices={choices} value={value} onChange={onChange} />
      <button
        type="button"
        disabled={at >= choices.length - 1}
        onClick={() => onChange(choices[at + 1].value)}
      >
        Next ▸
      </button>
    </div>
  )
}
