import { percent, policyWindow, windowCounts, type StripDay } from './model.ts'

interface Props {
  strip: readonly StripDay[]
  day: number
  lookback: number
  /** Whether the owner's policy has been revealed: then the window's counts are explained. */
  revealed: boolean
}

/** The selected day in words; once the policy is revealed, why the policy decided as it did. */
export function DayReadout({ strip, day, lookback, revealed }: Props) {
  const d = strip[day]
  if (!d) return null
  const { first, last } = policyWindow(day, lookback)
  const counts = windowCounts(strip, day, lookback)
  const span = first === last ? `day ${last + 1}` : `days ${first + 1}–${last + 1}`
  return (
    <p className="ic-readout" aria-live="polite">
      <strong>Day {day + 1}</strong>, {d.weather}: the store{' '}
      {d.truth === 'sold out' ? 'ran out' : 'had ice cream'}. The model gives “sold out”{' '}
      <span title={String(d.p)}>{percent(d.p)}</span>, so it predicts “{d.predicted}”:{' '}
      <span className={d.wrong ? 'ic-readout__wrong' : 'ic-readout__right'}>
        {d.wrong ? 'wrong' : 'right'}
      </span>
      .{' '}
      {revealed ? (
        <>
          The policy looked at {span}: {counts.sunny} sunny, {counts.cloudy} cloudy, {counts.rainy}{' '}
          rainy, so sunny days {counts.sunny > counts.rainy ? 'outnumber' : 'do not outnumber'}{' '}
          rainy ones.
        </>
      ) : (
        <>The policy looked at {span} (shaded); how it decides is still hidden.</>
      )}
    </p>
  )
}
