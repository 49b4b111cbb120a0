/** The optimizer a run's hyperparameters name, and the gradient norm the divergence check reads. */
import { Adam, RMSprop, SGD, type Optimizer } from '../engine/index.ts'
import type { Hyperparameters, TaskModel } from './task.ts'

/** Builds the optimizer a run's hyperparameters name. */
export function makeOptimizer(model: TaskModel, hyper: Hyperparameters): Optimizer {
  const params = model.parameters()
  if (hyper.optimizer === 'sgd') return new SGD(params, { lr: hyper.lr })
  if (hyper.optimizer === 'rmsprop') return new RMSprop(params, { lr: hyper.lr })
  return new Adam(params, { lr: hyper.lr })
}

/** The global L2 norm of the model's gradients (what clipping would rescale). */
export function gradientNorm(model: TaskModel): number {
  let sq = 0
  for (const p of model.parameters()) if (p.grad) for (const g of p.grad) sq += g * g
  return Math.sqrt(sq)
}
