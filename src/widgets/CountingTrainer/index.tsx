import { useEffect } from 'react'
import {
  checkCountingSettings,
  COUNTING_DEFAULTS,
  COUNTING_ID,
  COUNTING_SCHEDULE,
  COUNTING_TUNABLE,
  type CountingSettings,
} from '../../train/tasks/counting/meta.ts'
import type { CellKind } from '../../train/task.ts'
import { useTrainerState } from '../../train/useTrainer.ts'
import { TrainingPanel } from '../training/TrainingPanel.tsx'
import { useTaskTrainer } from '../training/useTaskTrainer.ts'
import type { WidgetProps } from '../types.ts'
import { AccuracyStrip } from './AccuracyStrip.tsx'
import { ActivationView } from './ActivationView.tsx'
import { accuracyStrip, asActivations, asGeneralisation } from './model.ts'
import { panelSpecs } from './schema.ts'
import { Settings } from './Settings.tsx'
import './counting.css'

/** LSTM vs GRU on a^n b^n: train, then look for a counter in the memory and test longer strings. */
export default function CountingTrainer({ params, setParams, emit }: WidgetProps) {
  let settings: CountingSettings
  try {
    settings = checkCountingSettings(params)
  } catch (e) {
    return (
      <div className="counting">
        <p className="counting-problem" role="alert">
          {(e as Error).message} Change the settings to train.
        </p>
      </div>
    )
  }
  return <Run params={params} setParams={setParams} emit={emit} settings={settings} />
}

/** A run with valid settings: the panel, the heatmap and the accuracy strip. */
function Run({ params, setParams, emit, settings }: WidgetProps & { settings: CountingSettings }) {
  const { trainer, restart } = useTaskTrainer(
    COUNTING_ID,
    COUNTING_DEFAULTS.hyper,
    COUNTING_TUNABLE,
    params,
    { ...settings },
    { target: COUNTING_SCHEDULE.target, emit },
  )
  const cell = params.cell as CellKind
  const n = Math.min(Number(params.n), settings.testMaxN)
  useEffect(() => trainer.watch('activations', { kind: 'activations', n }), [trainer, n])
  useEffect(() => trainer.watch('generalisation', { kind: 'generalisation' }), [trainer])
  const answer = useTrainerState(trainer, (s) => s.inspections.activations)
  const generalisation = useTrainerState(trainer, (s) =>
    asGeneralisation(s.inspections.generalisation?.value),
  )
  const pick = (to: number) => setParams({ n: to })
  return (
    <div className="counting">
      <div className="counting-layout">
        <div className="counting-side">
          <Settings cell={cell} settings={settings} setParams={setParams} />
          <TrainingPanel
            trainer={trainer}
            specs={panelSpecs}
            params={params}
            setParams={setParams}
            accuracy
            onRestart={restart}
          />
        </div>
        <div className="counting-views">
          <ActivationView
            value={asActivations(answer?.value)}
            step={answer?.step}
            n={n}
            maxN={settings.maxN}
            testMaxN={settings.testMaxN}
            onN={pick}
          />
          {generalisation ? (
            <AccuracyStrip strip={accuracyStrip(generalisation)} selected={n} onPick={pick} />
          ) : null}
        </div>
      </div>
    </div>
  )
}
