import { useEffect, useId, useMemo, useState } from 'react'
import {
  ICE_CREAM_DEFAULTS,
  ICE_CREAM_ID,
  ICE_CREAM_TUNABLE,
  ICE_CREAM_TARGET,
} from '../../train/tasks/ice-cream/meta.ts'
import { useTrainerState } from '../../train/useTrainer.ts'
import { TrainingPanel } from '../training/TrainingPanel.tsx'
import { useTaskTrainer } from '../training/useTaskTrainer.ts'
import type { WidgetProps } from '../types.ts'
import { DayReadout } from './DayReadout.tsx'
import { DayStrip } from './DayStrip.tsx'
import { LookbackControl } from './LookbackControl.tsx'
import { percent, readDays, stripDays } from './model.ts'
import { PolicyReveal } from './PolicyReveal.tsx'
import { ICE_CREAM_HYPER_SPECS, type IceCreamTrainerConfig } from './schema.ts'
import './iceCream.css'

/** The ice-cream store: an RNN learns a hidden ordering policy from the weather, day by day. */
export default function IceCreamTrainer({ params, setParams, emit }: WidgetProps) {
  const config = params as unknown as IceCreamTrainerConfig
  const { trainer, restart } = useTaskTrainer(
    ICE_CREAM_ID,
    ICE_CREAM_DEFAULTS.hyper,
    ICE_CREAM_TUNABLE,
    params,
    { lookback: config.lookback },
    { target: ICE_CREAM_TARGET, emit },
  )
  useEffect(
    () => trainer.watch('days', { kind: 'days', count: config.days }),
    [trainer, config.days],
  )
  const answer = useTrainerState(trainer, (s) => s.inspections.days)
  const days = useMemo(() => readDays(answer?.value), [answer])
  const strip = useMemo(() => (days ? stripDays(days) : []), [days])
  const [picked, setPicked] = useState(0)
  const selected = Math.min(picked, Math.max(0, strip.length - 1))
  const idBase = useId()
  // An answer from before a lookback change still shows until the new run answers; say so.
  const current = days?.lookback === config.lookback
  const right = strip.filter((d) => !d.wrong).length
  return (
    <div className="ic">
      <LookbackControl
        lookback={config.lookback}
        onChange={(lookback) => setParams({ lookback })}
      />
      <TrainingPanel
        trainer={trainer}
        specs={ICE_CREAM_HYPER_SPECS}
        params={params}
        setParams={setParams}
        accuracy
        onRestart={restart}
      />
      <section className="ic-days" aria-label="Validation days">
        {days && current ? (
          <>
            <p
              className="ic-summary"
              data-step={answer?.step ?? 0}
              data-right={right}
              data-total={strip.length}
            >
              Step {answer?.step ?? 0}: <strong>{right}</strong> of {strip.length} days right.
              Today’s weather alone, with no memory, gets{' '}
              <strong title={String(days.todayOnly)}>{percent(days.todayOnly)}</strong> of the
              validation days right.
            </p>
            <p className="ic-legend">
              <b>in</b>: ice cream · <b>out</b>: sold out · bar: the model’s probability of “out” ·
              ✗: wrong
            </p>
            <DayStrip
              days={strip}
              lookback={config.lookback}
              selected={selected}
              onSelect={setPicked}
              idBase={idBase}
            />
            <DayReadout
              strip={strip}
              day={selected}
              lookback={config.lookback}
              revealed={config.reveal}
            />
          </>
        ) : (
          <p className="ic-summary" role="status">
            Preparing the validation days…
          </p>
        )}
      </section>
      <PolicyReveal
        lookback={config.lookback}
        revealed={config.reveal}
        onReveal={(reveal) => setParams({ reveal })}
        idBase={idBase}
      />
    </div>
  )
}
