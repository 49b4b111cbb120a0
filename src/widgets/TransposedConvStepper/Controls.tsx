import type { Params, ParamSpec } from '../params.ts'
import { transposedConvSchema, type StampConfig } from './schema.ts'
import type { StampTarget } from './store.ts'

interface Props {
  config: StampConfig
  setParams: (patch: Partial<Params>) => void
  /** A new preset or pattern replaces the learner's edits of those numbers. */
  onReplace: (what: StampTarget) => void
}

const spec = (name: string) => transposedConvSchema.find((s) => s.name === name) as ParamSpec

const LAYER: [keyof StampConfig, string][] = [
  ['size', 'Input'],
  ['kernel', 'Kernel'],
  ['stride', 'Stride'],
  ['padding', 'Pad'],
  ['outputPadding', 'Out pad'],
]

const NAMES: Record<string, string> = {
  bilinear: 'bilinear',
  ones: 'all ones',
  random: 'random',
  count: '1, 2, 3, …',
  impulse: 'single 1',
}

/** The layer's hyperparameters and starting numbers, as native, keyboard-friendly controls. */
export function Controls({ config, setParams, onReplace }: Props) {
  const choice = (name: 'preset' | 'input', label: string, what: StampTarget) => {
    const s = spec(name)
    return (
      <label className="conv-control">
        <span>{label}</span>
        <select
          aria-label={s.label}
          value={config[name]}
          onChange={(e) => {
            onReplace(what)
            setParams({ [name]: e.target.value })
          }}
        >
          {s.type === 'choice' &&
            s.choices.map((c) => (
              <option key={c} value={c}>
                {NAMES[c] ?? c}
              </option>
            ))}
        </select>
      </label>
    )
  }
  return (
    <div className="conv-controls" data-controls>
      {LAYER.map(([name, short]) => {
        const s = spec(name)
        if (s.type !== 'integer') return null
        const options = Array.from({ length: s.max - s.min + 1 }, (_, i) => s.min + i)
        return (
          <label key={name} className="conv-control">
            <span>{short}</span>
            <select
              aria-label={s.label}
              value={config[name] as number}
              onChange={(e) => setParams({ [name]: Number(e.target.value), step: 0 })}
            >
              {options.map((v) => (
                <option key={v} value={v}>
                  {name === 'size' || name === 'kernel' ? `${v}×${v}` : v}
                </option>
              ))}
            </select>
          </label>
        )
      })}
      {choice('preset', 'Kernel preset', 'kernel')}
      {choice('input', 'Pattern', 'input')}
      {config.preset === 'random' || config.input === 'random' ? (
        <label className="conv-control">
          <span>Seed</span>
          <input
            type="number"
            min={0}
            max={9999}
            value={config.seed}
            onChange={(e) => {
              onReplace('kernel')
              onReplace('input')
              setParams({ seed: e.target.value })
            }}
          />
        </label>
      ) : null}
    </div>
  )
}
