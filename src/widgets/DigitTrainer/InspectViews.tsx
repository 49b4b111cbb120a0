import type { TrainerClient } from '../../train/client.ts'
import type { ConfusionAnswer, FiltersAnswer } from '../../train/tasks/digits/inspect.ts'
import { digitsMeta } from '../../train/tasks/digits/meta.ts'
import { useTrainerState } from '../../train/useTrainer.ts'
import { Confusion } from './Confusion.tsx'
import { Filters } from './Filters.tsx'
import { useAskedWhen, useWatched } from './useInspection.ts'

const FILTERS = { kind: 'filters' }
const CONFUSION = { kind: 'confusion' }

/** The first-layer filters, refreshed a few times a second while training. */
export function FiltersView({ trainer }: { trainer: TrainerClient }) {
  const answer = useWatched<FiltersAnswer>(trainer, 'filters', FILTERS)
  return answer ? (
    <Filters answer={answer} />
  ) : (
    <p className="digits-hint" role="status">
      Loading the network…
    </p>
  )
}

/**
 * The confusion matrix. It classifies the whole validation set, so while training it is asked again
 * only at each validation (every few dozen steps), and at once whenever training stops.
 */
export function ConfusionView({ trainer }: { trainer: TrainerClient }) {
  const status = useTrainerState(trainer, (s) => s.status)
  const step = useTrainerState(trainer, (s) => s.step)
  const version =
    status === 'loading' || status === 'crashed'
      ? null
      : status === 'running'
        ? `run ${Math.floor(step / digitsMeta.validateEvery)}`
        : `${status} ${step}`
  const answer = useAskedWhen<ConfusionAnswer>(trainer, CONFUSION, version)
  return answer ? (
    <Confusion answer={answer} />
  ) : (
    <p className="digits-hint" role="status">
      Classifying the validation digits…
    </p>
  )
}
