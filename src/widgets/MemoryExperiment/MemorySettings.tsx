import { useId } from 'react'
import {
  FORGET_BIAS_RANGE,
  LONGEST_CHOICES,
  SYMBOL_RANGE,
} from '../../train/tasks/long-memory/meta.ts'
import type { MemoryExperimentConfig } from './schema.ts'

interface Props {
  config: MemoryExperimentConfig
  onChange: (patch: Partial<MemoryExperimentConfig>) => void
}

/** The experiment's settings; any change starts training over. */
export function MemorySettings({ config, onChange }: Props) {
  const id = useId()
  return (
    <fieldset className="mem-settings" data-controls>
      <legend>The experiment (a change starts training over)</legend>
      <label htmlFor={`${id}-k`} data-param="longest">
        Longest delay k
        <select
          id={`${id}-k`}
          value={config.longest}
          onChange={(e) => onChange({ longest: e.target.value })}
        >
          {LONGEST_CHOICES.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-s`} data-param="symbols">
        Symbols
        <input
          id={`${id}-s`}
          type="range"
          min={SYMBOL_RANGE.min}
          max={SYMBOL_RANGE.max}
          value={config.symbols}
          onChange={(e) => onChange({ symbols: Number(e.target.value) })}
        />
        <output htmlFor={`${id}-s`}>{config.symbols}</output>
      </label>
      <label htmlFor={`${id}-f`} data-param="forgetBias">
        LSTM forget bias
        <input
          id={`${id}-f`}
          type="range"
          min={FORGET_BIAS_RANGE.min}
          max={FORGET_BIAS_RANGE.max}
          step={0.5}
          value={config.forgetBias}
          onChange={(e) => onChange({ forgetBias: Number(e.target.value) })}
        />
        <output htmlFor={`${id}-f`}>{config.forgetBias}</output>
      </label>
    </fieldset>
  )
}
