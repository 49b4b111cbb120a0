import type { TrainerClient } from '../../train/client.ts'
import { useTrainerState } from '../../train/useTrainer.ts'
import type { Params } from '../params.ts'

interface Props {
  client: TrainerClient
  params: Params
  setParams: (patch: Partial<Params>) => void
  /** Whether the panel offers clipping (the task lists it as tunable). */
  canClip: boolean
}

/** What went wrong, in words, with the remedies a diverged run needs one click away. */
export function RunProblem({ client, params, setParams, canClip }: Props) {
  const error = useTrainerState(client, (s) => s.error)
  const kind = useTrainerState(client, (s) => s.errorKind)
  if (!error) return null
  const lr = params.lr as number
  return (
    <div className={`train-problem train-problem--${kind}`} role="alert">
      <p>{error}</p>
      {kind === 'diverged' && (
        <div className="train-problem__actions">
          {canClip && (
            <button type="button" className="train-button" onClick={() => setParams({ clip: 1 })}>
              Clip gradients at norm 1
            </button>
          )}
          <button
            type="button"
            className="train-button"
            onClick={() => setParams({ lr: Number((lr / 2).toPrecision(2)) })}
          >
            Halve the learning rate
          </button>
        </div>
      )}
    </div>
  )
}
