import type { TrainerClient } from '../../train/client.ts'
import type { TrainerStatus } from '../../train/protocol.ts'
import type { Metrics } from '../../train/task.ts'
import { useTrainerState } from '../../train/useTrainer.ts'

const STATUS_WORDS: Record<TrainerStatus, string> = {
  loading: 'Loading the data…',
  ready: 'Ready to train',
  running: 'Training',
  paused: 'Paused',
  done: 'Step budget reached',
  diverged: 'Diverged',
  crashed: 'Stopped by an error',
}

function loss(m: Metrics | null): string {
  return m ? m.loss.toFixed(3) : '–'
}

function accuracy(m: Metrics | null): string {
  return m?.accuracy === undefined ? '–' : `${(m.accuracy * 100).toFixed(1)}%`
}

/** Where the run stands: status, a progress bar toward the step budget, speed and the latest metrics. */
export function RunStatus({
  client,
  showAccuracy,
}: {
  client: TrainerClient
  showAccuracy: boolean
}) {
  const s = useTrainerState(client, (state) => state)
  const fraction = s.budget > 0 ? Math.min(1, s.step / s.budget) : 0
  return (
    <div className="train-status">
      <div className="train-status__line">
        <span className={`train-status__word train-status__word--${s.status}`}>
          {STATUS_WORDS[s.status]}
        </span>
        <span>
          step <strong data-testid="train-step">{s.step}</strong> of {s.budget}
        </span>
        <span>{s.status === 'running' ? `${Math.round(s.stepsPerSecond)} steps/s` : ''}</span>
      </div>
      <div
        className="train-progress"
        role="progressbar"
        aria-label="Steps toward the budget"
        aria-valuemin={0}
        aria-valuemax={s.budget}
        aria-valuenow={Math.min(s.step, s.budget)}
      >
        <div className="train-progress__bar" style={{ width: `${fraction * 100}%` }} />
      </div>
      <dl className="train-metrics">
        <div>
          <dt>train loss</dt>
          <dd data-testid="train-loss">{loss(s.train)}</dd>
        </div>
        <div>
          <dt>validation loss</dt>
          <dd data-testid="validation-loss">{loss(s.validation)}</dd>
        </div>
        {showAccuracy && (
          <>
            <div>
              <dt>train accuracy</dt>
              <dd>{accuracy(s.train)}</dd>
            </div>
            <div>
              <dt>validation accuracy</dt>
              <dd data-testid="validation-accuracy">{accuracy(s.validation)}</dd>
            </div>
          </>
        )}
      </dl>
    </div>
  )
}
