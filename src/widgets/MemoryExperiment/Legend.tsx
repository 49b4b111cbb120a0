import { MEMORY_CELLS } from '../../train/tasks/long-memory/meta.ts'
import { SERIES_STYLE } from './model.ts'

/** Which curve is which: a sample of each line's colour, dash and marker, and the chance line. */
export function Legend() {
  return (
    <ul className="mem-legend" aria-label="Legend">
      {MEMORY_CELLS.map((cell) => {
        const s = SERIES_STYLE[cell]
        return (
          <li key={cell}>
            <svg width={34} height={12} aria-hidden="true">
              <line x1={1} x2={33} y1={6} y2={6} stroke={s.colour} strokeDasharray={s.dash} />
              {cell === 'rnn' ? (
                <rect x={13} y={2} width={8} height={8} fill={s.colour} />
              ) : (
                <circle cx={17} cy={6} r={4.5} fill={s.colour} />
              )}
            </svg>
            {s.label}
          </li>
        )
      })}
      <li>
        <svg width={34} height={12} aria-hidden="true">
          <line className="mem-legend__chance" x1={1} x2={33} y1={6} y2={6} />
        </svg>
        chance (guessing)
      </li>
    </ul>
  )
}
