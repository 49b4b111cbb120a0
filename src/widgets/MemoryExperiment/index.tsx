import { useEffect, useMemo, useState } from 'react'
import {
  LONG_MEMORY_DEFAULTS,
  LONG_MEMORY_ID,
  LONG_MEMORY_TUNABLE,
  LONG_MEMORY_TARGET,
} from '../../train/tasks/long-memory/meta.ts'
import { useTrainerState } from '../../train/useTrainer.ts'
import { useChartSize } from '../../viz/useChartSize.ts'
import { TrainingPanel } from '../training/TrainingPanel.tsx'
import { useTaskTrainer } from '../training/useTaskTrainer.ts'
import type { WidgetProps } from '../types.ts'
import { AccuracyChart } from './AccuracyChart.tsx'
import { AccuracyTable } from './AccuracyTable.tsx'
import { Legend } from './Legend.tsx'
import { MemorySettings } from './MemorySettings.tsx'
import { readAccuracy } from './model.ts'
import { MEMORY_HYPER_SPECS, type MemoryExperimentConfig } from './schema.ts'
import './memory.css'

/** Remember the first symbol for k steps: a tanh RNN and an LSTM per k, accuracy plotted against k. */
export default function MemoryExperiment({ params, setParams, emit }: WidgetProps) {
  const config = params as unknown as MemoryExperimentConfig
  const { trainer, restart } = useTaskTrainer(
    LONG_MEMORY_ID,
    LONG_MEMORY_DEFAULTS.hyper,
    LONG_MEMORY_TUNABLE,
    params,
    {
      symbols: config.symbols,
      longest: config.longest,
      forgetBias: config.forgetBias,
    },
    { target: LONG_MEMORY_TARGET, emit },
  )
  useEffect(() => trainer.watch('accuracyByK', { kind: 'accuracyByK' }), [trainer])
  const answer = useTrainerState(trainer, (s) => s.inspections.accuracyByK)
  const data = useMemo(() => readAccuracy(answer?.value), [answer])
  const [cursor, setCursor] = useState(0)
  const { ref, width, height } = useChartSize<HTMLDivElement>(0.5, 220, 340)
  // An answer from before a settings change shows until the new run answers; hide it meanwhile.
  const current =
    data !== null &&
    data.symbols === config.symbols &&
    data.ks[data.ks.length - 1] === Number(config.longest)
  return (
    <div className="mem">
      <MemorySettings config={config} onChange={setParams} />
      <TrainingPanel
        trainer={trainer}
        specs={MEMORY_HYPER_SPECS}
        params={params}
        setParams={setParams}
        accuracy
        onRestart={restart}
      />
      <section className="mem-result" aria-label="Accuracy against the delay">
        <p className="mem-status" data-step={answer?.step ?? 0}>
          Validation accuracy of every model at step {answer?.step ?? 0}, on sequences it never
          trained on.
        </p>
        <Legend />
        <div ref={ref} className="mem-chart-box">
          {data && current ? (
            <AccuracyChart
              data={data}
              width={width}
              height={height}
              cursor={cursor}
              onCursor={setCursor}
            />
          ) : (
            <p role="status">Preparing the models…</p>
          )}
        </div>
        {data && current ? <AccuracyTable data={data} cursor={cursor} /> : null}
      </section>
    </div>
  )
}
