/**
 * Cross-check against TensorFlow.js (CPU backend), the peer implementation: forward values and
 * gradients of conv2d, conv_transpose2d, max and average pooling on random configurations.
 *
 * tfjs is NHWC with filters [kH, kW, C, K] (conv) or [kH, kW, Cout, Cin] (transposed), so tensors are
 * transposed on the way in and out. Tolerance: tfjs computes in float32 (eps 1.2e-7); with values
 * in [-1, 1] and sums of at most ~100 terms, |engine - tfjs| <= 1e-4 holds with a wide margin while
 * any wrong index or missing term (an error of order 0.1) still fails.
 */
import * as tf from '@tensorflow/tfjs-core'
import '@tensorflow/tfjs-core/dist/register_all_gradients'
import '@tensorflow/tfjs-backend-cpu'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { avgPool2d, conv2d, convTranspose2d, maxPool2d } from '../../../src/engine/spatial.ts'
import { Tensor } from '../../../src/engine/tensor.ts'
import { distinctTensor, maxDiff, randomTensor, weightedSum } from './helpers.ts'

const TOL = 1e-4

beforeAll(async () => {
  tf.enableProdMode()
  await tf.setBackend('cpu')
})

const nhwc = (t: Tensor) =>
  tf.transpose(
    tf.tensor4d(Array.from(t.data), t.shape as [number, number, number, number]),
    [0, 2, 3, 1],
  )
const filter = (w: Tensor) =>
  tf.transpose(
    tf.tensor4d(Array.from(w.data), w.shape as [number, number, number, number]),
    [2, 3, 1, 0],
  )
const nchwData = (t: tf.Tensor) => tf.transpose(t, [0, 3, 1, 2]).dataSync()
const filterBack = (t: tf.Tensor) => tf.transpose(t, [3, 2, 0, 1]).dataSync()

/** Engine forward and gradients of sum(op(x, w) * r) for inputs x (and w). */
function engineGrads(
  f: (x: Tensor, w?: Tensor) => Tensor,
  x: Tensor,
  w: Tensor | null,
  seed: number,
) {
  x.requiresGrad = true
  x.grad = null
  if (w) {
    w.requiresGrad = true
    w.grad = null
  }
  const y = w ? f(x, w) : f(x)
  const r = randomTensor([...y.shape], seed)
  weightedSum(y, r.data).backward()
  return { y, r, gx: x.grad!, gw: w?.grad ?? null }
}

describe('conv2d vs tfjs', () => {
  it('agrees on forward, input and filter gradients (stride or dilation, explicit padding)', () => {
    fc.assert(
      fc.property(
        fc.record({
          N: fc.integer({ min: 1, max: 2 }),
          C: fc.integer({ min: 1, max: 3 }),
          K: fc.integer({ min: 1, max: 3 }),
          k: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
          s: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
          d: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
          dilate: fc.boolean(),
          pad: fc.tuple(...Array.from({ length: 4 }, () => fc.integer({ min: 0, max: 2 }))),
          size: fc.tuple(fc.integer({ min: 7, max: 10 }), fc.integer({ min: 7, max: 10 })),
          seed: fc.integer({ min: 0, max: 1e6 }),
        }),
        (c) => {
          // tfjs needs stride 1 or dilation 1
          const s = c.dilate ? [1, 1] : c.s
          const d = c.dilate ? c.d : [1, 1]
          const [top, bottom, left, right] = c.pad
          const x = randomTensor([c.N, c.C, ...c.size], c.seed)
          const w = randomTensor([c.K, c.C, ...c.k], c.seed + 1)
          const opts = {
            stride: s as [number, number],
            dilation: d as [number, number],
            padding: { top, bottom, left, right },
          }
          const { y, r, gx, gw } = engineGrads(
            (a, b) => conv2d(a, b!, null, opts),
            x,
            w,
            c.seed + 2,
          )
          const pad: [[number, number], [number, number], [number, number], [number, number]] = [
            [0, 0],
            [top, bottom],
            [left, right],
            [0, 0],
          ]
          const tfOp = (a: tf.Tensor4D, b: tf.Tensor4D) =>
            tf.conv2d(a, b, s as [number, number], pad, 'NHWC', d as [number, number])
          const ty = tfOp(nhwc(x), filter(w))
          expect(maxDiff(y.data, nchwData(ty))).toBeLessThan(TOL)
          // tfjs has no gradient for dilated conv2d; those cases check the forward pass only
          if (c.dilate && (d[0] > 1 || d[1] > 1)) return
          const g = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
            tf.sum(tf.mul(tfOp(a as tf.Tensor4D, b as tf.Tensor4D), nhwc(r))),
          )
          const [tgx, tgw] = g([nhwc(x), filter(w)])
          expect(maxDiff(gx, nchwData(tgx))).toBeLessThan(TOL)
          expect(maxDiff(gw!, filterBack(tgw))).toBeLessThan(TOL)
        },
      ),
      { numRuns: 20 },
    )
  })
})

describe('convTranspose2d vs tfjs', () => {
  it('agrees with tf.conv2dTranspose on forward and gradients (stride, padding, output padding)', () => {
    fc.assert(
      fc.property(
        fc.record({
          N: fc.integer({ min: 1, max: 2 }),
          Cin: fc.integer({ min: 1, max: 3 }),
          Cout: fc.integer({ min: 1, max: 3 }),
          k: fc.integer({ min: 1, max: 4 }),
          s: fc.integer({ min: 1, max: 3 }),
          p: fc.integer({ min: 0, max: 1 }),
          op: fc.integer({ min: 0, max: 2 }),
          size: fc.tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 })),
          seed: fc.integer({ min: 0, max: 1e6 }),
        }),
        (c) => {
          const op = Math.min(c.op, c.s - 1)
          const p = c.k > 2 * c.p ? c.p : 0
          const x = randomTensor([c.N, c.Cin, ...c.size], c.seed)
          const w = randomTensor([c.Cin, c.Cout, c.k, c.k], c.seed + 1)
          const opts = { stride: c.s, padding: p, outputPadding: op }
          const { y, r, gx, gw } = engineGrads(
            (a, b) => convTranspose2d(a, b!, null, opts),
            x,
            w,
            c.seed + 2,
          )
          const outShape: [number, number, number, number] = [c.N, y.shape[2], y.shape[3], c.Cout]
          const tfOp = (a: tf.Tensor4D, b: tf.Tensor4D) =>
            tf.conv2dTranspose(a, b, outShape, c.s, p)
          expect(maxDiff(y.data, nchwData(tfOp(nhwc(x), filter(w))))).toBeLessThan(TOL)
          const g = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
            tf.sum(tf.mul(tfOp(a as tf.Tensor4D, b as tf.Tensor4D), nhwc(r))),
          )
          const [tgx, tgw] = g([nhwc(x), filter(w)])
          expect(maxDiff(gx, nchwData(tgx))).toBeLessThan(TOL)
          expect(maxDiff(gw!, filterBack(tgw))).toBeLessThan(TOL)
        },
      ),
      { numRuns: 20 },
    )
  })
})

describe('pooling vs tfjs', () => {
  // Explicit pads: tfjs's numeric pad uses the height's kernel and stride for both dimensions.
  const explicit = (
    p: number,
  ): [[number, number], [number, number], [number, number], [number, number]] => [
    [0, 0],
    [p, p],
    [p, p],
    [0, 0],
  ]
  const config = fc.record({
    C: fc.integer({ min: 1, max: 3 }),
    k: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
    s: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
    pad: fc.integer({ min: 0, max: 1 }),
    size: fc.tuple(fc.integer({ min: 4, max: 8 }), fc.integer({ min: 4, max: 8 })),
    seed: fc.integer({ min: 0, max: 1e6 }),
  })

  it('maxPool2d agrees on values and on where the gradient goes (padding with -inf)', () => {
    fc.assert(
      fc.property(config, (c) => {
        const pad = 2 * c.pad <= Math.min(...c.k) ? c.pad : 0
        const x = distinctTensor([2, c.C, ...c.size], c.seed)
        const { y, r, gx } = engineGrads(
          (a) => maxPool2d(a, c.k, { stride: c.s, padding: pad }),
          x,
          null,
          c.seed + 1,
        )
        const tfOp = (a: tf.Tensor4D) =>
          tf.maxPool(a, c.k, c.s, explicit(pad) as unknown as 'valid')
        expect(maxDiff(y.data, nchwData(tfOp(nhwc(x))))).toBeLessThan(TOL)
        const tgx = tf.grad((a: tf.Tensor) => tf.sum(tf.mul(tfOp(a as tf.Tensor4D), nhwc(r))))(
          nhwc(x),
        )
        expect(maxDiff(gx, nchwData(tgx))).toBeLessThan(TOL)
      }),
      { numRuns: 20 },
    )
  })

  it('dilated maxPool2d agrees with tf.pool', () => {
    const x = distinctTensor([1, 2, 9, 8], 4)
    const y = maxPool2d(x, [2, 3], { stride: 1, dilation: [3, 2] })
    const ty = tf.pool(nhwc(x), [2, 3], 'max', 'valid', [3, 2], 1)
    expect(y.shape).toEqual([1, 2, 6, 4])
    expect(maxDiff(y.data, nchwData(ty))).toBeLessThan(TOL)
  })

  it('avgPool2d agrees (tfjs leaves padding out of the divisor: countIncludePad false)', () => {
    fc.assert(
      fc.property(config, (c) => {
        const pad = 2 * c.pad <= Math.min(...c.k) ? c.pad : 0
        const x = randomTensor([2, c.C, ...c.size], c.seed)
        const opts = { stride: c.s, padding: pad, countIncludePad: false }
        const { y, r, gx } = engineGrads((a) => avgPool2d(a, c.k, opts), x, null, c.seed + 1)
        const tfOp = (a: tf.Tensor4D) =>
          tf.avgPool(a, c.k, c.s, explicit(pad) as unknown as 'valid')
        expect(maxDiff(y.data, nchwData(tfOp(nhwc(x))))).toBeLessThan(TOL)
        // tfjs 4.22's avgPool gradient divides by the full window even where its forward pass left
        // padding out, so it disagrees with its own forward; with padding only the forward is
        // compared (our gradient is checked against finite differences in pool.test.ts).
        if (pad > 0) return
        const tgx = tf.grad((a: tf.Tensor) => tf.sum(tf.mul(tfOp(a as tf.Tensor4D), nhwc(r))))(
          nhwc(x),
        )
        expect(maxDiff(gx, nchwData(tgx))).toBeLessThan(TOL)
      }),
      { numRuns: 20 },
    )
  })
})
