import type { CellKind } from '../../train/task.ts'
import { COUNTING_LIMITS, type CountingSettings } from '../../train/tasks/counting/meta.ts'
import type { Params } from '../params.ts'

interface Props {
  cell: CellKind
  settings: CountingSettings
  setParams: (patch: Partial<Params>) => void
}

const CELL_NAMES: Record<CellKind, string> = { lstm: 'LSTM', gru: 'GRU', rnn: 'tanh RNN' }
const LANGUAGE_NAMES: Record<string, string> = { anbn: 'aⁿbⁿ', anbncn: 'aⁿbⁿcⁿ' }
const range = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)

/** The cell, the language and the training and test ranges, as selects that cannot hold a bad value. */
export function Settings({ cell, settings, setParams }: Props) {
  const { maxN, testMaxN } = COUNTING_LIMITS
  return (
    <div className="counting-settings" data-controls>
      <label className="counting-control">
        <span>Cell</span>
        <select value={cell} onChange={(e) => setParams({ cell: e.target.value })}>
          {Object.entries(CELL_NAMES).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <label className="counting-control">
        <span>Language</span>
        <select value={settings.language} onChange={(e) => setParams({ language: e.target.value })}>
          {Object.entries(LANGUAGE_NAMES).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <label className="counting-control">
        <span>Train on n up to</span>
        <select
          value={settings.maxN}
          onChange={(e) => {
            const to = Number(e.target.value)
            // The test range always covers the training range.
            setParams({ maxN: to, testMaxN: Math.max(settings.testMaxN, to) })
          }}
        >
          {range(maxN.min, maxN.max).map((v) => (
            <option key={v}>{v}</option>
          ))}
        </select>
      </label>
      <label className="counting-control">
        <span>Test n up to</span>
        <select
          value={settings.testMaxN}
          onChange={(e) => setParams({ testMaxN: Number(e.target.value) })}
        >
          {range(Math.max(settings.maxN, testMaxN.min), testMaxN.max).map((v) => (
            <option key={v}>{v}</option>
          ))}
        </select>
      </label>
    </div>
  )
}
