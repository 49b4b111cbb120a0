import type { KeyboardEvent } from 'react'
import { describeDay, percent, policyWindow, type StripDay } from './model.ts'
import { WeatherIcon } from './WeatherIcon.tsx'

interface Props {
  days: readonly StripDay[]
  /** How far back the policy looks: the selected day's window is shaded. */
  lookback: number
  /** The selected day (0-based). */
  selected: number
  onSelect: (day: number) => void
  /** Prefix for the cards' ids, unique per widget instance. */
  idBase: string
}

const SHORT = { sunny: 'sun', cloudy: 'cloud', rainy: 'rain' } as const

/** The validation days as cards: weather, what happened, the model's probability of "sold out". */
export function DayStrip({ days, lookback, selected, onSelect, idBase }: Props) {
  const { first, last } = policyWindow(selected, lookback)
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 7, ArrowUp: -7 }[e.key]
    const to =
      move !== undefined
        ? selected + move
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? days.length - 1
            : null
    if (to === null) return
    e.preventDefault()
    onSelect(Math.min(days.length - 1, Math.max(0, to)))
  }
  return (
    <div
      className="ic-strip"
      role="listbox"
      tabIndex={0}
      aria-label="Validation days; arrow keys move between days"
      aria-activedescendant={days.length ? `${idBase}-${selected}` : undefined}
      onKeyDown={onKey}
    >
      {days.map((d) => {
        const classes = ['ic-day']
        if (d.index >= first && d.index <= last) classes.push('ic-day--window')
        if (d.index === selected) classes.push('ic-day--selected')
        if (d.wrong) classes.push('ic-day--wrong')
        return (
          <div
            key={d.index}
            id={`${idBase}-${d.index}`}
            role="option"
            aria-selected={d.index === selected}
            className={classes.join(' ')}
            data-truth={d.truth}
            data-p={d.p}
            onClick={() => onSelect(d.index)}
          >
            <span className="visually-hidden">{describeDay(d)}</span>
            {/* The card's picture of the same facts; screen readers get the sentence above. */}
            <span className="ic-day__card" aria-hidden="true">
              <span className="ic-day__n">{d.index + 1}</span>
              <WeatherIcon kind={d.weather} />
              <span className="ic-day__weather">{SHORT[d.weather]}</span>
              <span
                className={`ic-day__truth ic-day__truth--${d.truth === 'sold out' ? 'out' : 'in'}`}
              >
                {d.truth === 'sold out' ? 'out' : 'in'}
              </span>
              <span className="ic-day__bar" title={`P(sold out) = ${d.p}`}>
                <span style={{ height: `${d.p * 100}%` }} />
              </span>
              <span className="ic-day__p" title={`P(sold out) = ${d.p}`}>
                {percent(d.p)}
              </span>
              <span className="ic-day__miss">{d.wrong ? '✗' : ''}</span>
            </span>
          </div>
        )
      })}
    </div>
  )
}
