/** What every layer shares: a list of parameter tensors, the thing optimizers and counts walk over. */
import { Random } from '../random.ts'
import { Tensor, zeros } from '../tensor.ts'

/** A layer with trainable parameters (PyTorch's nn.Module, reduced to what lessons need). */
export interface Module {
  /** Every trainable tensor, in a fixed order. */
  parameters(): Tensor[]
}

/** Total number of trainable values (sum of numel over parameters). */
export function parameterCount(module: Module): number {
  return module.parameters().reduce((n, p) => n + p.size, 0)
}

/** A trainable tensor filled with U(-bound, bound), PyTorch's default for Linear and the RNN cells. */
export function uniformParameter(shape: readonly number[], bound: number, rng: Random): Tensor {
  const t = zeros(shape, { requiresGrad: true })
  for (let k = 0; k < t.size; k++) t.data[k] = rng.uniform(-bound, bound)
  return t
}

/** The Random a layer uses when none is given: seeded, so two runs build the same weights. */
export function defaultRng(rng?: Random): Random {
  return rng ?? new Random(0)
}
