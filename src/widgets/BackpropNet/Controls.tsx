import type { Params } from '../params.ts'
import type { NetConfig } from './schema.ts'

interface Props {
  config: NetConfig
  setParams: (patch: Partial<Params>) => void
}

const SIZES = [
  { name: 'inputs', label: 'Inputs', max: 3 },
  { name: 'hidden', label: 'Hidden', max: 4 },
  { name: 'outputs', label: 'Outputs', max: 2 },
] as const

/** Which numbers, the sizes of a random network, and the learning rate. */
export function Controls({ config, setParams }: Props) {
  return (
    <div className="bp-controls" data-controls>
      <label className="bp-control">
        <span>Numbers</span>
        <select value={config.preset} onChange={(e) => setParams({ preset: e.target.value })}>
          <option value="deck">the slide’s example</option>
          <option value="random">random</option>
        </select>
      </label>
      {config.preset === 'random' ? (
        <>
          <button
            type="button"
            className="bp-control__button"
            onClick={() => setParams({ seed: (config.seed % 9999) + 1 })}
          >
            New numbers
          </button>
          {SIZES.map((s) => (
            <label key={s.name} className="bp-control">
              <span>{s.label}</span>
              <select
                value={config[s.name]}
                onChange={(e) => setParams({ [s.name]: Number(e.target.value) })}
              >
                {Array.from({ length: s.max }, (_, i) => (
                  <option key={i} value={i + 1}>
                    {i + 1}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </>
      ) : null}
      <label className="bp-control">
        <span>Learning rate γ</span>
        <input
          type="number"
          min={0}
          max={20}
          step={0.1}
          value={config.lr}
          onChange={(e) => setParams({ lr: e.target.value })}
        />
      </label>
    </div>
  )
}
