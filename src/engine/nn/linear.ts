/** The fully connected layer y = x Wᵀ + b (torch.nn.Linear). */
import { linear } from '../ops/matmul.ts'
import type { Random } from '../random.ts'
import type { Tensor } from '../tensor.ts'
import { defaultRng, uniformParameter, type Module } from './module.ts'

/** nn.Linear: weight [out, in] and bias [out], both from U(-1/sqrt(in), 1/sqrt(in)) as in PyTorch. */
export class Linear implements Module {
  readonly weight: Tensor
  readonly bias: Tensor | null

  constructor(
    readonly inFeatures: number,
    readonly outFeatures: number,
    options: { bias?: boolean; rng?: Random } = {},
  ) {
    if (!(
      Number.isInteger(inFeatures) &&
      inFeatures > 0 &&
      Number.isInteger(outFeatures) &&
      outFeatures > 0
    )) {
      throw new RangeError(
        `Linear: inFeatures (${inFeatures}) and outFeatures (${outFeatures}) must be positive integers`,
      )
    }
    const rng = defaultRng(options.rng)
    const bound = 1 / Math.sqrt(inFeatures)
    this.weight = uniformParameter([outFeatures, inFeatures], bound, rng)
    this.bias = options.bias === false ? null : uniformParameter([outFeatures], bound, rng)
  }

  /** x [N, in] -> [N, out]. */
  forward(x: Tensor): Tensor {
    return linear(x, this.weight, this.bias)
  }

  /** weight, then bias. */
  parameters(): Tensor[] {
    return this.bias ? [this.weight, this.bias] : [this.weight]
  }
}
