import { useId } from 'react'
import { CORPORA, type Corpus } from '../../train/tasks/char-model/meta.ts'

const LABELS: Record<Corpus, string> = {
  hello: '“hello” over and over',
  sonnets: 'Shakespeare’s 154 sonnets',
  custom: 'Your own text',
}

/** The corpus choice, as radio buttons (arrow keys move between them). */
export function CorpusPicker({
  corpus,
  onChange,
}: {
  corpus: Corpus
  onChange: (corpus: Corpus) => void
}) {
  const name = useId()
  return (
    <fieldset className="charmodel__corpus" data-controls data-param="corpus">
      <legend>Text to learn</legend>
      {CORPORA.map((c) => (
        <label key={c}>
          <input
            type="radio"
            name={name}
            value={c}
            checked={corpus === c}
            onChange={() => onChange(c)}
          />
          {LABELS[c]}
        </label>
      ))}
    </fieldset>
  )
}
