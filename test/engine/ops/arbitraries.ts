/** fast-check generators shared by the engine's property tests: shapes and well-conditioned values. */
import fc from 'fast-check'
import { Tensor } from '../../../src/engine/tensor.ts'

/** A shape of rank in [minRank, maxRank] with dimensions in [1, maxDim]. */
export function shapeArb(minRank = 1, maxRank = 3, maxDim = 4): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: 1, max: maxDim }), { minLength: minRank, maxLength: maxRank })
}

/** Values in [-2, 2] kept at least 0.05 from zero, so relu and division stay away from kinks and poles. */
export function valueArb(): fc.Arbitrary<number> {
  return fc
    .double({ min: 0.05, max: 2, noNaN: true })
    .chain((v) => fc.boolean().map((neg) => (neg ? -v : v)))
}

/** A tensor of the given shape with values from valueArb. */
export function tensorOf(shape: readonly number[]): fc.Arbitrary<Tensor> {
  const n = shape.reduce((a, b) => a * b, 1)
  return fc.array(valueArb(), { minLength: n, maxLength: n }).map((v) => new Tensor(v, shape))
}

/** A tensor of a random shape. */
export function tensorArb(minRank = 1, maxRank = 3, maxDim = 4): fc.Arbitrary<Tensor> {
  return shapeArb(minRank, maxRank, maxDim).chain(tensorOf)
}

/**
 * Two shapes that broadcast together: start from one shape, then for the other drop some leading
 * dimensions and set some of the rest to 1 (and sometimes the first one gets the 1s instead).
 */
export function broadcastPairArb(): fc.Arbitrary<[number[], number[]]> {
  return shapeArb(0, 3, 3).chain((base) =>
    fc
      .tuple(
        fc.integer({ min: 0, max: base.length }),
        fc.array(fc.boolean(), { minLength: base.length, maxLength: base.length }),
        fc.array(fc.boolean(), { minLength: base.length, maxLength: base.length }),
      )
      .map(([drop, onesA, onesB]) => {
        const a = base.map((d, i) => (onesA[i] && !onesB[i] ? 1 : d))
        const b = base.map((d, i) => (onesB[i] ? 1 : d)).slice(drop)
        return [a, b] as [number[], number[]]
      }),
  )
}

/** Weights for a weighted sum, so a scalar loss probes every output element with a different slope. */
export function probe(shape: readonly number[]): Tensor {
  const n = shape.reduce((a, b) => a * b, 1)
  return new Tensor(
    Array.from({ length: n }, (_, k) => 0.3 + ((k * 7) % 11) / 10),
    shape,
  )
}
