import type { TrainerClient } from '../../train/client.ts'
import type { Hyperparameters } from '../../train/task.ts'
import type { WeightsFile } from '../../train/weights.ts'
import type { Params, ParamSpec } from '../params.ts'
import { HyperControls } from './HyperControls.tsx'
import { MetricChart } from './MetricChart.tsx'
import { RunControls } from './RunControls.tsx'
import { RunProblem } from './RunProblem.tsx'
import { RunStatus } from './RunStatus.tsx'
import { useTrainingClicker } from './useTrainingClicker.ts'
import { WeightsFiles } from './WeightsFiles.tsx'
import './training.css'

interface Props {
  trainer: TrainerClient
  /** Specs of the hyperparameters and seed to offer (hyperParams(defaults, tunable)). */
  specs: readonly ParamSpec[]
  params: Params
  setParams: (patch: Partial<Params>) => void
  /** Whether the task reports accuracy (adds the accuracy chart and figures). */
  accuracy?: boolean
  /** Restarts a crashed worker; the widget passes its current configuration. */
  onRestart: () => void
  /** Steps one clicker press trains on a slide (default 25). */
  round?: number
}

/** The one training panel every task uses: controls, status, live charts, hyperparameters, weights files. */
export function TrainingPanel({
  trainer,
  specs,
  params,
  setParams,
  accuracy = false,
  onRestart,
  round = 25,
}: Props) {
  useTrainingClicker(trainer, round)
  const onLoaded = (file: WeightsFile) => {
    const patch: Partial<Params> = { seed: file.seed }
    for (const spec of specs) {
      const v = file.hyper[spec.name as keyof Hyperparameters]
      if (v !== undefined) patch[spec.name] = v
    }
    setParams(patch)
  }
  return (
    <section className="train-panel" aria-label="Training">
      <RunControls client={trainer} onRestart={onRestart} />
      <RunStatus client={trainer} showAccuracy={accuracy} />
      <RunProblem
        client={trainer}
        params={params}
        setParams={setParams}
        canClip={specs.some((s) => s.name === 'clip')}
      />
      <div className="train-charts">
        <MetricChart client={trainer} metric="loss" />
        {accuracy && <MetricChart client={trainer} metric="accuracy" />}
      </div>
      <details className="train-settings" data-controls>
        <summary>Hyperparameters and weights</summary>
        <HyperControls specs={specs} params={params} setParams={setParams} />
        <WeightsFiles client={trainer} onLoaded={onLoaded} />
      </details>
    </section>
  )
}
