/** A task registry entry, with its data type erased once `defineTask` has checked it. */
import type { TrainingTask } from './task.ts'

/** Checks a task against its own data type, then erases it so tasks of different data share a list. */
export function defineTask<D>(task: TrainingTask<D>): TrainingTask {
  return task as unknown as TrainingTask
}
