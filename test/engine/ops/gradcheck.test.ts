/** Finite-difference gradient checks of every op, on random shapes and values (fast-check). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as E from '../../../src/engine/index.ts'
import { Tensor } from '../../../src/engine/tensor.ts'
import { gradcheck } from '../../helpers/gradcheck.ts'
import { broadcastPairArb, probe, shapeArb, tensorArb, tensorOf } from './arbitraries.ts'

const runs = { numRuns: 25 }

/** Scalar loss sum(f(...) * probe): every output element gets its own weight. */
function weighted(f: (...xs: Tensor[]) => Tensor) {
  return (...xs: Tensor[]) => {
    const y = f(...xs)
    return E.sum(E.mul(y, probe(y.shape)))
  }
}

function check(f: (...xs: Tensor[]) => Tensor, inputs: Tensor[]) {
  expect(gradcheck(weighted(f), inputs)).toEqual([])
}

describe('elementwise with broadcasting', () => {
  for (const op of ['add', 'sub', 'mul', 'div'] as const) {
    it(`${op} over broadcast shape pairs`, () => {
      fc.assert(
        fc.property(
          broadcastPairArb().chain(([a, b]) => fc.tuple(tensorOf(a), tensorOf(b))),
          ([a, b]) => check(E[op], [a, b]),
        ),
        runs,
      )
    })
  }
  it('scalar operands on either side', () => {
    fc.assert(
      fc.property(tensorArb(), (x) => {
        check((t) => E.add(E.mul(2.5, t), E.div(t, -3)), [x])
        check((t) => E.sub(1, E.div(1.5, t)), [x])
      }),
      runs,
    )
  })
  it('pow and neg', () => {
    fc.assert(
      fc.property(tensorArb(), (x) => check((t) => E.neg(E.pow(t, 3)), [x])),
      runs,
    )
  })
})

describe('matmul and linear', () => {
  const dims = fc.tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 3 }),
  )
  it('2-D, batched and batch-broadcast matmul', () => {
    fc.assert(
      fc.property(
        dims.chain(([m, k, n, b]) =>
          fc.tuple(tensorOf([m, k]), tensorOf([k, n]), tensorOf([b, m, k]), tensorOf([b, k, n])),
        ),
        ([a2, b2, a3, b3]) => {
          check(E.matmul, [a2, b2])
          check(E.matmul, [a3, b3])
          check(E.matmul, [a3, b2])
          check(E.matmul, [a2, b3])
        },
      ),
      runs,
    )
  })
  it('linear with and without bias', () => {
    fc.assert(
      fc.property(
        dims.chain(([m, k, n]) => fc.tuple(tensorOf([m, k]), tensorOf([n, k]), tensorOf([n]))),
        ([x, w, b]) => {
          check(E.linear, [x, w, b])
          check((p, q) => E.linear(p, q), [x, w])
        },
      ),
      runs,
    )
  })
})

describe('reductions', () => {
  const withDim = tensorArb(1, 3).chain((x) =>
    fc.tuple(fc.constant(x), fc.integer({ min: -x.ndim, max: x.ndim - 1 }), fc.boolean()),
  )
  it('sum and mean, whole and along a dim, keepdim', () => {
    fc.assert(
      fc.property(withDim, ([x, dim, keep]) => {
        check((t) => E.sum(t, dim, keep), [x])
        check((t) => E.mean(t, dim, keep), [x])
        check((t) => E.mean(t), [x])
      }),
      runs,
    )
  })
  it('max without ties', () => {
    fc.assert(
      fc.property(withDim, ([x, dim, keep]) => {
        // distinct values, at least 1e-3 apart, so no element is near a tie
        const distinct = new Tensor(
          Array.from(x.data, (v, k) => v + k * 0.01),
          x.shape,
        )
        check((t) => E.max(t, dim, keep), [distinct])
        check((t) => E.max(t), [distinct])
      }),
      runs,
    )
  })
})

describe('unary functions', () => {
  it('exp, log, sqrt, tanh, sigmoid, relu, leakyRelu', () => {
    fc.assert(
      fc.property(tensorArb(), (x) => {
        const positive = new Tensor(x.data.map(Math.abs), x.shape)
        check(E.exp, [x])
        check(E.log, [positive])
        check(E.sqrt, [positive])
        check(E.tanh, [x])
        check(E.sigmoid, [x])
        check(E.relu, [x])
        check((t) => E.leakyRelu(t, 0.2), [x])
      }),
      runs,
    )
  })
})

describe('softmax family and losses', () => {
  it('softmax and logSoftmax along any dim', () => {
    fc.assert(
      fc.property(
        tensorArb(1, 3).chain((x) =>
          fc.tuple(fc.constant(x), fc.integer({ min: 0, max: x.ndim - 1 })),
        ),
        ([x, dim]) => {
          check((t) => E.softmax(t, dim), [x])
          check((t) => E.logSoftmax(t, dim), [x])
        },
      ),
      runs,
    )
  })
  it('crossEntropy with ignored positions, mean, sum and none, [N, C] and [N, C, d]', () => {
    const arb = fc
      .tuple(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
      )
      .chain(([n, c, d]) =>
        fc.tuple(
          tensorOf([n, c]),
          tensorOf([n, c, d]),
          fc.array(fc.integer({ min: -1, max: c - 1 }), { minLength: n * d, maxLength: n * d }),
        ),
      )
    fc.assert(
      fc.property(arb, ([x2, x3, raw]) => {
        const t2 = raw.slice(0, x2.shape[0])
        const t3 = raw
        const counted = (t: number[]) => t.some((c) => c !== -1)
        for (const reduction of ['sum', 'none'] as const) {
          check((t) => E.crossEntropy(t, t2, { ignoreIndex: -1, reduction }), [x2])
          check((t) => E.crossEntropy(t, t3, { ignoreIndex: -1, reduction }), [x3])
        }
        if (counted(t2)) check((t) => E.crossEntropy(t, t2, { ignoreIndex: -1 }), [x2])
        if (counted(t3)) check((t) => E.crossEntropy(t, t3, { ignoreIndex: -1 }), [x3])
      }),
      runs,
    )
  })
  it('mseLoss in both arguments', () => {
    fc.assert(
      fc.property(
        shapeArb().chain((s) => fc.tuple(tensorOf(s), tensorOf(s))),
        ([a, b]) => {
          check((p, q) => E.mseLoss(p, q), [a, b])
          check((p, q) => E.mseLoss(p, q, { reduction: 'none' }), [a, b])
        },
      ),
      runs,
    )
  })
})

describe('shape ops', () => {
  it('reshape, permute, transpose', () => {
    fc.assert(
      fc.property(
        tensorArb(2, 4, 3).chain((x) =>
          fc.tuple(
            fc.constant(x),
            fc.shuffledSubarray([...x.shape.keys()], { minLength: x.ndim, maxLength: x.ndim }),
          ),
        ),
        ([x, order]) => {
          check((t) => E.reshape(t, [-1]), [x])
          check((t) => E.permute(t, order), [x])
          check((t) => E.transpose(t, 0, -1), [x])
        },
      ),
      runs,
    )
  })
  it('narrow and cat along a random dim', () => {
    fc.assert(
      fc.property(
        tensorArb(1, 3).chain((x) =>
          fc
            .integer({ min: 0, max: x.ndim - 1 })
            .chain((dim) =>
              fc.tuple(
                fc.constant(x),
                fc.constant(dim),
                fc.integer({ min: 0, max: x.shape[dim] - 1 }),
                tensorOf(x.shape.map((s, i) => (i === dim ? 2 : s))),
              ),
            ),
        ),
        ([x, dim, start, other]) => {
          check((t) => E.narrow(t, dim, start, x.shape[dim] - start), [x])
          check((a, b) => E.cat([a, b, a], dim), [x, other])
        },
      ),
      runs,
    )
  })
  it('pad of the last dimensions', () => {
    fc.assert(
      fc.property(
        tensorArb(1, 3),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 2 }),
        (x, [l, r]) => {
          check((t) => E.pad(t, [l, r]), [x])
          if (x.ndim >= 2) check((t) => E.pad(t, [l, r, r, l]), [x])
        },
      ),
      runs,
    )
  })
})

describe('dropout and normalisation', () => {
  it('dropout with a fixed mask', () => {
    fc.assert(
      fc.property(tensorArb(), fc.integer(), (x, seed) => {
        const mask = E.dropoutMask(x.shape, 0.4, new E.Random(seed))
        check((t) => E.dropout(t, 0.4, { mask }), [x])
      }),
      runs,
    )
  })
  it('batchNorm (training and eval) and layerNorm, with affine parameters', () => {
    const arb = fc
      .tuple(
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
      )
      .chain(([n, c, l]) =>
        fc.tuple(tensorOf([n, c, l]), tensorOf([c]), tensorOf([c]), tensorOf([l])),
      )
    fc.assert(
      fc.property(arb, ([x, w, b, lw]) => {
        check((t, p, q) => E.batchNorm(t, null, null, p, q), [x, w, b])
        const rm = new Tensor(
          Array.from(w.data, (v) => v / 3),
          w.shape,
        )
        const rv = new Tensor(
          Array.from(w.data, (v) => 0.5 + Math.abs(v)),
          w.shape,
        )
        check((t, p, q) => E.batchNorm(t, rm, rv, p, q, { training: false }), [x, w, b])
        check((t, p) => E.layerNorm(t, [x.shape[2]], p), [x, lw])
        check((t) => E.layerNorm(t, x.shape.slice(1)), [x])
      }),
      runs,
    )
  })
})
