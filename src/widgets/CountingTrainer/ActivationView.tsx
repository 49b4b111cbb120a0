import { useId } from 'react'
import type { CountingActivations } from '../../train/tasks/counting/inspect.ts'
import { formatNumber } from '../../lesson/format.ts'
import { Heatmap } from '../../viz/Heatmap.tsx'
import { activationMap, counterUnits } from './model.ts'

interface Props {
  /** The latest answer to the activations query (absent until the worker first answers). */
  value: CountingActivations | undefined
  /** The training step the answer was computed at. */
  step: number | undefined
  /** The n asked for, the training range and the slider's range. */
  n: number
  maxN: number
  testMaxN: number
  onN: (n: number) => void
}

/** The memory state over a^n b^n (c^n), units × steps, with the n slider and what the model predicts. */
export function ActivationView({ value, step, n, maxN, testMaxN, onN }: Props) {
  const id = useId()
  // While the answer for a new n is on its way, the last one stays up (its own n in the heading).
  const map = value ? activationMap(value) : null
  const shownN = value?.n ?? n
  const letters = value?.symbols.filter((s) => /[a-z]/.test(s)) ?? ['a', 'b']
  return (
    <section className="counting-view" aria-labelledby={`${id}-title`}>
      <div className="counting-view__title" role="heading" aria-level={3} id={`${id}-title`}>
        Memory over the string{' '}
        {letters.map((s) => (
          <span key={s}>
            {s}
            <sup>{shownN}</sup>
          </span>
        ))}
        {step === undefined ? null : (
          <span className="counting-view__step" data-step={step}>
            {' '}
            after {step} training steps
          </span>
        )}
      </div>
      <div className="counting-length">
        <label htmlFor={`${id}-n`}>n</label>
        <input
          id={`${id}-n`}
          type="range"
          min={1}
          max={testMaxN}
          value={Math.min(n, testMaxN)}
          onChange={(e) => onN(Number(e.target.value))}
        />
        <output htmlFor={`${id}-n`}>{n}</output>
        <span className={n > maxN ? 'counting-tag counting-tag--beyond' : 'counting-tag'}>
          {n > maxN ? `beyond training (n ≤ ${maxN})` : 'inside the training range'}
        </span>
      </div>
      {value && map ? (
        <>
          <Heatmap
            title={`${map.legendLabel}, units down, steps across`}
            rows={map.rows}
            columns={map.columns}
            columnsLabel="reads"
            values={map.values}
            legendLabel={map.legendLabel}
            notes={map.notes}
            showValues="fit"
            describe={(r, c) => `unit ${r + 1}, step ${c + 1} (read “${value.read[c]}”)`}
          />
          {map.hiddenUnits > 0 ? (
            <div className="counting-note">
              {map.hiddenUnits} more units are not drawn; the first {map.rows.length} are.
            </div>
          ) : null}
          <div className="counting-note">
            {map.right} of {map.total} predictable symbols right
            {map.right === map.total ? ': this string is right.' : ': this string is wrong.'}{' '}
            {counterUnits(value)
              .map(
                (m) =>
                  `Unit ${m.unit + 1} follows ${m.count} most closely (correlation ${formatNumber(m.r, 2)}).`,
              )
              .join(' ')}
          </div>
        </>
      ) : (
        <div className="counting-note">Computing the activations…</div>
      )}
    </section>
  )
}
