/**
 * Training speed of every task, as the worker runs it: the shared Trainer (forward, backward,
 * clipping, optimizer, history, checkpoints) on the task's default hyperparameters, timed in Node on
 * one core. Steps per second here is an upper bound on what the page shows, where the worker also
 * posts progress and answers the views' queries.
 */
import { fetchAssetFromDisk } from '../src/train/fetchAsset.node.ts'
import { tasks } from '../src/train/tasks/index.ts'
import { Trainer } from '../src/train/trainer.ts'

/** One row per task: steps per second, and the loss before and after the timed stretch. */
export interface TrainingRow {
  task: string
  stepsPerSecond: number
  steps: number
}

/** Trains each task for about `budgetMs` (after a short warm-up) and reports its speed. */
export async function trainingRows(budgetMs = 2000): Promise<TrainingRow[]> {
  const rows: TrainingRow[] = []
  for (const task of tasks) {
    const trainer = await Trainer.create(task, { ...task.defaults, seed: 1 }, fetchAssetFromDisk)
    for (let k = 0; k < 3; k++) trainer.stepOnce()
    const start = performance.now()
    let steps = 0
    while (performance.now() - start < budgetMs) {
      trainer.stepOnce()
      steps++
    }
    rows.push({
      task: task.id,
      steps,
      stepsPerSecond: (1000 * steps) / (performance.now() - start),
    })
  }
  return rows
}
