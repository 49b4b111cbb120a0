/**
 * Inverted dropout: in training, each unit is kept with probability 1 - p and scaled by 1 / (1 - p),
 * so evaluation needs no rescaling. A mask can be drawn once and reused at every time step
 * (variational dropout, Gal & Ghahramani), which is what recurrent connections need.
 */
import type { Random } from '../random.ts'
import { sizeOf, showShape, Tensor } from '../tensor.ts'
import { mul } from './elementwise.ts'

function checkP(p: number): void {
  if (!(p >= 0 && p < 1)) throw new RangeError(`dropout: p must be in [0, 1), got ${p}`)
}

/** A fixed mask of 0 and 1 / (1 - p) values, drawn from `rng`: keep it to reuse across time steps. */
export function dropoutMask(shape: readonly number[], p: number, rng: Random): Tensor {
  checkP(p)
  const data = new Float64Array(sizeOf(shape, 'dropoutMask: shape'))
  const keep = 1 / (1 - p)
  for (let k = 0; k < data.length; k++) data[k] = rng.next() < p ? 0 : keep
  return new Tensor(data, shape, { op: 'dropoutMask' })
}

/** Options of dropout: pass `mask` to reuse one (variational), or `rng` to draw a fresh one. */
export interface DropoutOptions {
  training?: boolean
  rng?: Random
  mask?: Tensor
}

/**
 * F.dropout: the identity in evaluation (training false) or when p = 0; otherwise x times a mask,
 * either the given one (it broadcasts, so a [N, H] mask serves every step of a [T, N, H] input) or
 * a fresh one from `rng`.
 */
export function dropout(x: Tensor, p: number, options: DropoutOptions = {}): Tensor {
  checkP(p)
  const { training = true, rng, mask } = options
  if (!training || p === 0) return x
  if (mask) return mul(x, mask)
  if (!rng) {
    throw new RangeError(
      `dropout: training on ${showShape(x.shape)} needs a mask or a Random (rng) to draw one`,
    )
  }
  return mul(x, dropoutMask(x.shape, p, rng))
}
