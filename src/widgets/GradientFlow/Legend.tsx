import { ACTIVATION_LABELS } from './Controls.tsx'
import type { DrawnSeries } from './FlowChart.tsx'
import type { FlowSettings } from './model.ts'

/** The settings of a curve in a few words, e.g. "σ 0.90, tanh, T 50, input 1.0, seed 1". */
export function settingsLabel(s: FlowSettings): string {
  const input = s.activation === 'linear' ? '' : `, input ${s.input.toFixed(1)}`
  return `σ ${s.sigma.toFixed(2)}, ${ACTIVATION_LABELS[s.activation]}, T ${s.length}${input}, seed ${s.seed}`
}

interface Entry {
  series: DrawnSeries
  label: string
}

interface Props {
  entries: readonly Entry[]
  onUnpin: (id: string) => void
}

/** One line per drawn curve with its line style, plus the reference line; pinned ones can go. */
export function Legend({ entries, onUnpin }: Props) {
  return (
    <ul className="gf-legend" aria-label="Legend">
      {entries.map(({ series, label }) => (
        <li key={series.id} className="gf-legend__entry">
          <svg className="gf-legend__swatch" viewBox="0 0 28 10" aria-hidden="true">
            <line
              x1={1}
              x2={27}
              y1={5}
              y2={5}
              stroke={series.colour}
              strokeWidth={series.current ? 3 : 2.5}
              strokeDasharray={series.dash}
            />
          </svg>
          <span>{series.current ? `now: ${label}` : label}</span>
          {series.current ? null : (
            <button
              type="button"
              className="gf-legend__unpin"
              aria-label={`Unpin ${label}`}
              onClick={() => onUnpin(series.id)}
            >
              ×
            </button>
          )}
        </li>
      ))}
      <li className="gf-legend__entry">
        <svg className="gf-legend__swatch" viewBox="0 0 28 10" aria-hidden="true">
          <line className="gf-chart__one" x1={1} x2={27} y1={5} y2={5} />
        </svg>
        <span>norm 1: neither growing nor shrinking</span>
      </li>
    </ul>
  )
}
