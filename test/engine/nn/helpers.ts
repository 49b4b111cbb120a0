/** Builders shared by the recurrent tests: random weights and sequences from a seed. */
import { Random } from '../../../src/engine/random.ts'
import { Tensor } from '../../../src/engine/tensor.ts'

/** A tensor of N(0, scale²) values drawn from `rng`. */
export function randn(rng: Random, shape: number[], scale = 0.5): Tensor {
  const n = shape.reduce((a, b) => a * b, 1)
  return new Tensor(
    Array.from({ length: n }, () => rng.normal(0, scale)),
    shape,
  )
}

/** Recurrent weights in PyTorch's layout with `gates` blocks. */
export function weights(rng: Random, input: number, hidden: number, gates: number, scale = 0.5) {
  return {
    weightIh: randn(rng, [gates * hidden, input], scale),
    weightHh: randn(rng, [gates * hidden, hidden], scale),
    biasIh: randn(rng, [gates * hidden], scale),
    biasHh: randn(rng, [gates * hidden], scale),
  }
}

/** Max absolute difference between two arrays of equal length. */
export function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length ${a.length} vs ${b.length}`)
  let m = 0
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]))
  return m
}
