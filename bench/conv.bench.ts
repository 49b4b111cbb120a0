/**
 * Speed of the fused convolution and pooling loops against TensorFlow.js, on the lesson-sized batch
 * the bench target names: 8 MNIST-sized images (8x1x28x28), eight 3x3 filters.
 *
 * tfjs runs its fastest path, the fused conv2d with bias, and its own autograd for the backward
 * pass. Note: tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter kernel, so the forward + backward
 * case runs on tfjs CPU only; the WASM comparison is the forward case.
 */
import type * as tfc from '@tensorflow/tfjs-core'
import { conv2d, maxPool2d } from '../src/engine/spatial.ts'
import { Random } from '../src/engine/random.ts'
import { Tensor } from '../src/engine/tensor.ts'
import type { BenchCase } from './types.ts'

const N = 8
const H = 28
const K = 8

function values(n: number, seed: number): Float64Array {
  const rng = new Random(seed)
  return Float64Array.from({ length: n }, () => rng.uniform(-1, 1))
}

function leaves(requiresGrad: boolean) {
  return {
    x: new Tensor(values(N * H * H, 1), [N, 1, H, H], { requiresGrad }),
    w: new Tensor(values(K * 9, 2), [K, 1, 3, 3], { requiresGrad }),
    b: new Tensor(values(K, 3), [K], { requiresGrad }),
  }
}

/** The same values in tfjs's layout: images NHWC, filters [kH, kW, C, K]. */
function tfLeaves(tf: typeof tfc) {
  return {
    x: tf.tensor4d(Float32Array.from(values(N * H * H, 1)), [N, H, H, 1]),
    w: tf.tensor4d(Float32Array.from(values(K * 9, 2)), [3, 3, 1, K]),
    b: tf.tensor1d(Float32Array.from(values(K, 3))),
  }
}

const convTf = (tf: typeof tfc, x: tfc.Tensor, w: tfc.Tensor, b: tfc.Tensor) =>
  tf.fused.conv2d({
    x: x as tfc.Tensor4D,
    filter: w as tfc.Tensor4D,
    bias: b,
    strides: 1,
    pad: 'valid',
  })

/** The benchmark cases: the same work for the engine and for tfjs. */
export const cases: BenchCase[] = [
  {
    name: 'conv2d 8x1x28x28 * 8 3x3 filters + bias, forward + backward',
    engine: () => {
      const { x, w, b } = leaves(true)
      const seed = new Float64Array(N * K * 26 * 26).fill(1)
      return () => {
        x.zeroGrad()
        w.zeroGrad()
        b.zeroGrad()
        conv2d(x, w, b).backward(seed)
      }
    },
    tfjs: (tf) => {
      const { x, w, b } = tfLeaves(tf)
      const f = tf.grads((xi: tfc.Tensor, wi: tfc.Tensor, bi: tfc.Tensor) =>
        tf.sum(convTf(tf, xi, wi, bi)),
      )
      return () => tf.tidy(() => f([x, w, b]).forEach((g) => g.dataSync()))
    },
  },
  {
    name: 'conv2d 8x1x28x28 * 8 3x3 filters + bias, forward',
    engine: () => {
      const { x, w, b } = leaves(false)
      return () => {
        conv2d(x, w, b)
      }
    },
    tfjs: (tf) => {
      const { x, w, b } = tfLeaves(tf)
      return () => tf.tidy(() => void convTf(tf, x, w, b).dataSync())
    },
  },
  {
    name: 'maxPool2d 2x2 on 8x8x26x26, forward + backward',
    engine: () => {
      const x = new Tensor(values(N * K * 26 * 26, 4), [N, K, 26, 26], { requiresGrad: true })
      const seed = new Float64Array(N * K * 13 * 13).fill(1)
      return () => {
        x.zeroGrad()
        maxPool2d(x, 2).backward(seed)
      }
    },
    tfjs: (tf) => {
      const x = tf.tensor4d(Float32Array.from(values(N * K * 26 * 26, 4)), [N, 26, 26, K])
      const f = tf.grad((xi: tfc.Tensor) => tf.sum(tf.maxPool(xi as tfc.Tensor4D, 2, 2, 'valid')))
      return () => tf.tidy(() => void f(x).dataSync())
    },
  },
]
