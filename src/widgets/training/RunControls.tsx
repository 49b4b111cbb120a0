import type { TrainerClient } from '../../train/client.ts'
import { useTrainerState } from '../../train/useTrainer.ts'

interface Props {
  client: TrainerClient
  /** Restarts a crashed worker with the current configuration. */
  onRestart: () => void
}

/** Train / pause, one step, step back, reset, and a list of checkpoints to go back to. */
export function RunControls({ client, onRestart }: Props) {
  const status = useTrainerState(client, (s) => s.status)
  const step = useTrainerState(client, (s) => s.step)
  const checkpoints = useTrainerState(client, (s) => s.checkpoints)
  const running = status === 'running'
  const idle = status === 'loading' || status === 'crashed'
  const earlier = checkpoints.filter((c) => c < step)
  const back = earlier.at(-1)
  if (status === 'crashed') {
    return (
      <div className="train-controls" role="group" aria-label="Training">
        <button type="button" className="train-button train-button--primary" onClick={onRestart}>
          Restart the worker
        </button>
      </div>
    )
  }
  return (
    <div className="train-controls" role="group" aria-label="Training">
      <button
        type="button"
        className="train-button train-button--primary"
        disabled={idle}
        aria-pressed={running}
        onClick={() => (running ? client.pause() : client.start())}
      >
        {running ? 'Pause' : status === 'done' ? 'Train further' : step > 0 ? 'Resume' : 'Train'}
      </button>
      {/* Not disabled while a step runs: a disabled button would drop the keyboard focus. */}
      <button
        type="button"
        className="train-button"
        disabled={idle}
        aria-disabled={running}
        onClick={() => !running && client.step(1)}
      >
        Step
      </button>
      <button
        type="button"
        className="train-button"
        disabled={idle || back === undefined}
        title={
          back === undefined ? 'No earlier checkpoint' : `Go back to the checkpoint at step ${back}`
        }
        onClick={() => back !== undefined && client.rewind(back)}
      >
        Step back
      </button>
      <button
        type="button"
        className="train-button"
        disabled={idle || step === 0}
        onClick={() => client.reset()}
      >
        Reset
      </button>
      <label className="train-field train-field--inline">
        <span>Checkpoint</span>
        <select
          value=""
          disabled={idle || checkpoints.length < 2}
          onChange={(e) => e.target.value !== '' && client.rewind(Number(e.target.value))}
        >
          <option value="">go back to…</option>
          {checkpoints.map((c) => (
            <option key={c} value={c} disabled={c === step}>
              step {c}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
