import { useId } from 'react'
import type { Params } from '../params.ts'
import { MAX_LENGTH, type Sequence } from './model.ts'
import type { GateHeatmapsConfig } from './schema.ts'

interface Props {
  config: GateHeatmapsConfig
  setParams: (patch: Partial<Params>) => void
  /** Exactly what is in the text field, and why it was refused (null when it parsed). */
  text: string
  error: string | null
  onType: (text: string) => void
  /** The sequence in use, whose characters the hand-set units can watch. */
  sequence: Sequence
  target: string
  onTarget: (target: string) => void
}

const shownChar = (c: string) => (c === ' ' ? 'space' : c)

/** The sequence field and the cell's settings, as native, keyboard-friendly controls. */
export function Controls(p: Props) {
  const id = useId()
  const { config, setParams } = p
  const choice = (
    name: keyof GateHeatmapsConfig,
    label: string,
    options: Record<string, string>,
    disabled = false,
  ) => (
    <label className="conv-control">
      <span>{label}</span>
      <select
        value={String(config[name])}
        disabled={disabled}
        onChange={(e) => setParams({ [name]: e.target.value })}
      >
        {Object.entries(options).map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  )
  const hidden = Object.fromEntries(Array.from({ length: 8 }, (_, k) => [k + 1, String(k + 1)]))
  return (
    <div className="conv-controls gates-controls" data-controls>
      <label className="conv-control gates-sequence">
        <span>Sequence (up to {MAX_LENGTH} characters)</span>
        <input
          type="text"
          value={p.text}
          maxLength={MAX_LENGTH * 2}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={p.error ? true : undefined}
          aria-describedby={p.error ? `${id}-error` : undefined}
          onChange={(e) => p.onType(e.target.value)}
        />
      </label>
      {choice('cell', 'Cell', { lstm: 'LSTM', gru: 'GRU' })}
      {choice(
        'variant',
        'LSTM variant',
        { standard: 'standard', peephole: 'peephole', coupled: 'coupled (i = 1 − f)' },
        config.cell === 'gru',
      )}
      {choice('hidden', 'Hidden size', hidden)}
      {choice('weights', 'Weights', { seeded: 'seeded', 'hand-set': 'hand-set' })}
      {config.weights === 'hand-set' ? (
        <label className="conv-control">
          <span>Watched character</span>
          <select value={p.target} onChange={(e) => p.onTarget(e.target.value)}>
            {p.sequence.vocab.map((c) => (
              <option key={c} value={c}>
                {shownChar(c)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="conv-control">
        <span>Seed</span>
        <input
          type="number"
          min={1}
          max={9999}
          value={config.seed}
          onChange={(e) => setParams({ seed: e.target.value })}
        />
      </label>
      {p.error ? (
        <p className="gates-error" id={`${id}-error`} role="alert">
          {p.error} Still showing the last sequence that fits.
        </p>
      ) : null}
    </div>
  )
}
