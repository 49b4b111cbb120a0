/** Every training task the worker can run, by id. Tasks load their data on demand, so the list is cheap. */
import type { TrainingTask } from '../task.ts'
import { charModelTask } from './char-model/task.ts'
import { countingTask } from './counting/task.ts'
import { digitsTask } from './digits/task.ts'
import { iceCreamTask } from './ice-cream/task.ts'
import { longMemoryTask } from './long-memory/task.ts'

/** The registry, in the order lessons use them. */
export const tasks: readonly TrainingTask[] = [
  digitsTask,
  charModelTask,
  iceCreamTask,
  countingTask,
  longMemoryTask,
]

/** The task with this id, or undefined. */
export function findTask(id: string): TrainingTask | undefined {
  return tasks.find((t) => t.id === id)
}
