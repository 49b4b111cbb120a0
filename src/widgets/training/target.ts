/** Whether a run meets its task's stated target, and how to say so. */
import type { TrainerState } from '../../train/client.ts'
import type { TrainingTask } from '../../train/task.ts'

/** A sentence saying the target was reached ("validation accuracy reached 100%"), or null. */
export function targetReached(
  target: TrainingTask['target'],
  state: Pick<TrainerState, 'train' | 'validation'>,
): string | null {
  const metrics = target.split === 'validation' ? state.validation : state.train
  const value = metrics?.[target.metric]
  if (value === undefined || !Number.isFinite(value)) return null
  const show = (v: number) =>
    target.metric === 'accuracy' ? `${+(v * 100).toFixed(1)}%` : v.toPrecision(3)
  const name = `${target.split} ${target.metric}`
  if (target.atLeast !== undefined && value >= target.atLeast)
    return `${name} reached ${show(target.atLeast)}`
  if (target.atMost !== undefined && value <= target.atMost)
    return `${name} fell to ${show(target.atMost)}`
  return null
}
