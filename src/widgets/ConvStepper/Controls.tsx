import type { Params, ParamSpec } from '../params.ts'
import { convStepperSchema, type StepperConfig } from './schema.ts'

interface Props {
  config: StepperConfig
  setParams: (patch: Partial<Params>) => void
  /** A new preset or pattern replaces the learner's edits of those numbers. */
  onReplace: (what: 'weight' | 'input') => void
}

const spec = (name: string) => convStepperSchema.find((s) => s.name === name) as ParamSpec

// Short option names keep the controls on one line on a slide; 1-D kernels are differences.
const PRESET_NAMES: Record<string, [string, string]> = {
  'vertical-edge': ['vertical edge', 'difference'],
  'horizontal-edge': ['horizontal edge', 'difference, reversed'],
}

const LAYER = ['size', 'length', 'kernel', 'stride', 'padding', 'dilation', 'channels', 'filters']
const SHORT: Record<string, string> = {
  size: 'Input',
  length: 'Length',
  kernel: 'Kernel',
  stride: 'Stride',
  padding: 'Pad',
  dilation: 'Dilation',
  channels: 'Channels',
  filters: 'Filters',
}

/** The layer's hyperparameters and starting numbers, as native, keyboard-friendly controls. */
export function Controls({ config, setParams, onReplace }: Props) {
  const choice = (name: 'preset' | 'input', what: 'weight' | 'input') => {
    const s = spec(name)
    return (
      <label className="conv-control">
        <span>{name === 'preset' ? 'Preset' : 'Pattern'}</span>
        <select
          value={config[name]}
          onChange={(e) => {
            onReplace(what)
            setParams({ [name]: e.target.value })
          }}
        >
          {s.type === 'choice' &&
            s.choices.map((c) => (
              <option key={c} value={c}>
                {PRESET_NAMES[c]?.[config.dims === '1d' ? 1 : 0] ?? c.replace('-', ' ')}
              </option>
            ))}
        </select>
      </label>
    )
  }
  return (
    <div className="conv-controls" data-controls>
      <label className="conv-control">
        <span>Shape</span>
        <select
          aria-label="Dimensions"
          value={config.dims}
          onChange={(e) => {
            onReplace('weight')
            onReplace('input')
            setParams({ dims: e.target.value, step: 0 })
          }}
        >
          <option value="2d">2-D image</option>
          <option value="1d">1-D signal</option>
        </select>
      </label>
      {LAYER.map((name) => {
        const s = spec(name)
        // A signal has a length, an image a (square) size.
        if (name === (config.dims === '1d' ? 'size' : 'length')) return null
        if (s.type !== 'integer') return null
        const options = Array.from({ length: s.max - s.min + 1 }, (_, i) => s.min + i)
        return (
          <label key={name} className="conv-control">
            <span>{SHORT[name]}</span>
            <select
              aria-label={s.label}
              value={config[name as keyof StepperConfig] as number}
              onChange={(e) => setParams({ [name]: Number(e.target.value), step: 0 })}
            >
              {options.map((v) => (
                <option key={v} value={v}>
                  {name === 'size' || (name === 'kernel' && config.dims === '2d') ? `${v}×${v}` : v}
                </option>
              ))}
            </select>
          </label>
        )
      })}
      {choice('preset', 'weight')}
      {choice('input', 'input')}
      {config.preset === 'random' || config.input === 'random' ? (
        <label className="conv-control">
          <span>Seed</span>
          <input
            type="number"
            min={0}
            max={9999}
            value={config.seed}
            onChange={(e) => {
              onReplace('weight')
              onReplace('input')
              setParams({ seed: e.target.value })
            }}
          />
        </label>
      ) : null}
      {(['bias', 'relu'] as const).map((name) => (
        <label key={name} className="conv-check">
          <input
            type="checkbox"
            checked={config[name]}
            onChange={(e) => setParams({ [name]: e.target.checked })}
          />
          {name === 'bias' ? 'bias' : 'ReLU'}
        </label>
      ))}
    </div>
  )
}
