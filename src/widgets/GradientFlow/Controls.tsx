import { formatNumber } from '../../lesson/format.ts'
import { Segmented } from '../../viz/Segmented.tsx'
import type { Params } from '../params.ts'
import { FLOW_ACTIVATIONS, type FlowActivation, type FlowSettings } from './model.ts'

/** How each activation is named on screen. */
export const ACTIVATION_LABELS: Record<FlowActivation, string> = {
  linear: 'linear',
  tanh: 'tanh',
  relu: 'ReLU',
  sigmoid: 'sigmoid',
}

interface SliderProps {
  /** The schema name, so a classroom link can hide this control alone. */
  param: string
  label: string
  value: number
  min: number
  max: number
  step: number
  shown: string
  onChange: (v: number) => void
}

function Slider({ param, label, value, min, max, step, shown, onChange }: SliderProps) {
  return (
    <label className="gf__slider" data-param={param}>
      <span>{label}</span>
      <input
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-label={label}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output>{shown}</output>
    </label>
  )
}

interface Props {
  settings: FlowSettings
  clip: number
  setParams: (patch: Partial<Params>) => void
}

/** The settings of the current curve: σ, activation, T, input size, seed, and the clip norm. */
export function Controls({ settings: s, clip, setParams }: Props) {
  return (
    <div className="gf__controls" data-controls>
      <Segmented
        label="Activation"
        param="activation"
        choices={FLOW_ACTIVATIONS.map((name) => ({ value: name, text: ACTIVATION_LABELS[name] }))}
        value={s.activation}
        onChange={(activation) => setParams({ activation })}
      />
      <Slider
        param="sigma"
        label="σ"
        value={s.sigma}
        min={0.5}
        max={1.5}
        step={0.01}
        shown={s.sigma.toFixed(2)}
        onChange={(v) => setParams({ sigma: v })}
      />
      <Slider
        param="length"
        label="T"
        value={s.length}
        min={5}
        max={100}
        step={1}
        shown={String(s.length)}
        onChange={(v) => setParams({ length: v })}
      />
      {s.activation === 'linear' ? null : (
        <Slider
          param="input"
          label="input"
          value={s.input}
          min={0}
          max={3}
          step={0.1}
          shown={s.input.toFixed(1)}
          onChange={(v) => setParams({ input: v })}
        />
      )}
      <Slider
        param="clip"
        label="clip"
        value={clip}
        min={0}
        max={10}
        step={0.1}
        shown={clip > 0 ? formatNumber(clip, 3) : 'off'}
        onChange={(v) => setParams({ clip: v })}
      />
      <label className="gf__seed" data-param="seed">
        <span>seed</span>
        <input
          type="number"
          min={0}
          max={9999}
          step={1}
          value={s.seed}
          aria-label="seed"
          onChange={(e) =>
            setParams({ seed: e.target.value === '' ? NaN : Number(e.target.value) })
          }
        />
      </label>
    </div>
  )
}
