import { useId } from 'react'
import type { Params } from '../params.ts'
import type { PoolConfig } from './schema.ts'

interface Props {
  config: PoolConfig
  setParams: (patch: Partial<Params>) => void
  /** A new input preset replaces the learner's edits of the input. */
  onReplace: () => void
}

const MODES: Record<string, string> = { max: 'max', avg: 'average', lp: 'p-norm' }
const INPUTS: Record<string, string> = {
  deck: 'deck table',
  shifted: 'shifted right',
  ties: 'ties',
  random: 'random',
}
const range = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)

/** The pooling's settings and starting input, as native, keyboard-friendly controls. */
export function Controls({ config, setParams, onReplace }: Props) {
  // Radio names must differ between two steppers on one page.
  const group = useId()
  const select = (name: 'window' | 'stride' | 'padding', label: string, values: number[]) => (
    <label className="conv-control">
      <span>{label}</span>
      <select
        value={config[name]}
        onChange={(e) => setParams({ [name]: Number(e.target.value), step: 0 })}
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {name === 'window' ? `${v}×${v}` : v}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <div className="conv-controls" data-controls>
      <label className="conv-control">
        <span>Pooling</span>
        <select value={config.mode} onChange={(e) => setParams({ mode: e.target.value })}>
          {Object.entries(MODES).map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      </label>
      {config.mode === 'lp' ? (
        <label className="conv-control">
          <span>p</span>
          <input
            type="number"
            min={1}
            max={16}
            step={0.5}
            value={config.p}
            onChange={(e) => setParams({ p: e.target.value })}
          />
        </label>
      ) : null}
      {select('window', 'Window', range(1, 4))}
      {select('stride', 'Stride', range(1, 4))}
      {select('padding', 'Pad', range(0, 2))}
      <label className="conv-control">
        <span>Input</span>
        <select
          value={config.input}
          onChange={(e) => {
            onReplace()
            setParams({ input: e.target.value, step: 0 })
          }}
        >
          {Object.entries(INPUTS).map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      </label>
      {config.input === 'random' ? (
        <label className="conv-control">
          <span>Seed</span>
          <input
            type="number"
            min={0}
            max={9999}
            value={config.seed}
            onChange={(e) => {
              onReplace()
              setParams({ seed: e.target.value })
            }}
          />
        </label>
      ) : null}
      <div className="pool-view" role="radiogroup" aria-label="View">
        {(['forward', 'backward'] as const).map((v) => (
          <label
            key={v}
            className={`conv-picker__option${config.view === v ? ' conv-picker__option--on' : ''}`}
          >
            <input
              type="radio"
              name={group}
              checked={config.view === v}
              onChange={() => setParams({ view: v })}
            />
            {v}
          </label>
        ))}
      </div>
    </div>
  )
}
