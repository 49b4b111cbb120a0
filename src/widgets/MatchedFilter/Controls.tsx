import { formatNumber } from '../../lesson/format.ts'
import { Segmented } from '../../viz/Segmented.tsx'
import type { Params } from '../params.ts'
import { FILTER_MODES, PATTERNS, type MatchedFilterConfig } from './schema.ts'

interface Props {
  config: MatchedFilterConfig
  /** The template's length, which bounds where the pattern can start. */
  k: number
  setParams: (patch: Partial<Params>) => void
  /** A new pattern replaces the learner's edited template. */
  onPattern: () => void
}

/** The signal's settings as native, keyboard-friendly controls. */
export function Controls({ config, k, setParams, onPattern }: Props) {
  const range = (
    name: 'position' | 'noise',
    label: string,
    max: number,
    step: number,
    shown: string,
  ) => (
    <label className="mf-control mf-control--range">
      <span>{label}</span>
      <input
        type="range"
        min={0}
        max={max}
        step={step}
        value={config[name]}
        onChange={(e) => setParams({ [name]: Number(e.target.value) })}
      />
      <output>{shown}</output>
    </label>
  )
  return (
    <div className="mf-controls" data-controls>
      <label className="mf-control">
        <span>Pattern</span>
        <select
          value={config.pattern}
          onChange={(e) => {
            onPattern()
            setParams({ pattern: e.target.value })
          }}
        >
          {PATTERNS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <Segmented
        label="Slide"
        param="mode"
        choices={FILTER_MODES.map((m) => ({ value: m, text: m }))}
        value={config.mode}
        onChange={(mode) => setParams({ mode })}
      />
      {range('noise', 'Noise σ', 3, 0.05, formatNumber(config.noise, 3))}
      {range('position', 'Hidden at', Math.max(0, config.length - k), 1, String(config.position))}
      <label className="mf-control">
        <span>Seed</span>
        <input
          type="number"
          min={0}
          max={9999}
          value={config.seed}
          onChange={(e) => setParams({ seed: e.target.value })}
        />
      </label>
    </div>
  )
}
