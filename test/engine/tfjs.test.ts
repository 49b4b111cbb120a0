/**
 * Cross-checks against a peer implementation, TensorFlow.js (tfjs-core, CPU backend, in Node):
 * forward values and gradients of matmul, softmax cross-entropy with ignored positions, one LSTM
 * step (tf.basicLSTMCell) and one GRU step (built from tf ops: tfjs-core has no GRU cell).
 *
 * Tolerance: tfjs computes in float32 (ε ≈ 1.2e-7) and the engine in float64, so values agree to
 * float32 rounding of sums of a few dozen terms: |engine - tfjs| <= 1e-5 + 1e-5·|tfjs|.
 */
import * as tf from '@tensorflow/tfjs-core'
import '@tensorflow/tfjs-backend-cpu'
// tfjs-core registers gradients only on request (the full tfjs bundle does it for you)
import '@tensorflow/tfjs-core/dist/register_all_gradients'
import { beforeAll, describe, expect, it } from 'vitest'
import * as E from '../../src/engine/index.ts'
import { Tensor } from '../../src/engine/tensor.ts'
import { randn, weights } from './nn/helpers.ts'

beforeAll(async () => {
  await tf.setBackend('cpu')
})

function close(engine: ArrayLike<number>, peer: ArrayLike<number>): void {
  expect(engine.length).toBe(peer.length)
  for (let i = 0; i < peer.length; i++) {
    const tol = 1e-5 + 1e-5 * Math.abs(peer[i])
    if (Math.abs(engine[i] - peer[i]) > tol) {
      throw new Error(`element ${i}: engine ${engine[i]} vs tfjs ${peer[i]} (tolerance ${tol})`)
    }
  }
}

const toTf = (t: Tensor) => tf.tensor(Array.from(t.data), [...t.shape])

/** Rearranges the gate blocks (rows) of a [4H, ·] PyTorch weight from i, f, g, o to tfjs's i, j(=g), f, o. */
function torchToTfGateOrder(t: Tensor, H: number): Tensor {
  const [i, f, g, o] = [0, 1, 2, 3].map((k) => E.narrow(t, 0, k * H, H))
  return E.cat([i, g, f, o], 0)
}

describe('cross-check with TensorFlow.js', () => {
  it('matmul: values and both gradients', () => {
    const rng = new E.Random(1)
    const a = randn(rng, [5, 7], 1)
    const b = randn(rng, [7, 4], 1)
    const probe = randn(rng, [5, 4], 1)
    a.requiresGrad = b.requiresGrad = true
    const c = E.matmul(a, b)
    E.sum(E.mul(c, probe)).backward()
    const f = (x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.mul(tf.matMul(x, y), toTf(probe)))
    const [ga, gb] = tf.grads(f)([toTf(a), toTf(b)])
    close(c.data, tf.matMul(toTf(a), toTf(b)).dataSync())
    close(a.grad!, ga.dataSync())
    close(b.grad!, gb.dataSync())
  })

  it('softmax cross-entropy with ignored positions: PyTorch mean = tfjs SUM_BY_NONZERO_WEIGHTS with 0/1 weights', () => {
    const rng = new E.Random(2)
    const logits = randn(rng, [6, 5], 2)
    const targets = [3, -100, 0, 4, -100, 1]
    logits.requiresGrad = true
    const loss = E.crossEntropy(logits, targets)
    loss.backward()
    const onehot = tf.oneHot(
      targets.map((t) => Math.max(t, 0)),
      5,
    )
    const mask = tf.tensor(targets.map((t) => (t === -100 ? 0 : 1)))
    const f = (x: tf.Tensor) =>
      tf.losses.softmaxCrossEntropy(onehot, x, mask, 0, tf.Reduction.SUM_BY_NONZERO_WEIGHTS)
    close([loss.item()], f(toTf(logits)).dataSync())
    close(logits.grad!, tf.grad(f)(toTf(logits)).dataSync())
  })

  it('one LSTM step: tf.basicLSTMCell with gates reordered (i, j=g, f, o) and forgetBias = 1 taken out of b_f', () => {
    const rng = new E.Random(3)
    const [N, I, H] = [2, 3, 4]
    const w = weights(rng, I, H, 4)
    const x = randn(rng, [N, I])
    const h = randn(rng, [N, H])
    const c = randn(rng, [N, H])
    const [ph, pc] = [randn(rng, [N, H], 1), randn(rng, [N, H], 1)]
    const inputs = [x, h, c, w.weightIh, w.weightHh, w.biasIh, w.biasHh]
    inputs.forEach((t) => (t.requiresGrad = true))
    const step = E.lstmCell(x, { h, c }, w)
    E.add(E.sum(E.mul(step.h, ph)), E.sum(E.mul(step.c, pc))).backward()

    // tfjs: [x, h] · kernel + bias, kernel [I + H, 4H]; f gets forgetBias added inside the cell
    const forgetBias = 1
    const kernel = E.transpose(
      E.cat([torchToTfGateOrder(w.weightIh, H), torchToTfGateOrder(w.weightHh, H)], 1),
    )
    const biasSum = E.add(w.biasIh, w.biasHh).detach()
    biasSum.data.subarray(H, 2 * H).forEach((_, j) => (biasSum.data[H + j] -= forgetBias))
    const bias = torchToTfGateOrder(E.reshape(biasSum, [4 * H, 1]), H)
    const f = (k: tf.Tensor, b: tf.Tensor, xx: tf.Tensor, cc: tf.Tensor, hh: tf.Tensor) => {
      const [newC, newH] = tf.basicLSTMCell(
        forgetBias,
        k as tf.Tensor2D,
        tf.reshape(b, [4 * H]) as tf.Tensor1D,
        xx as tf.Tensor2D,
        cc as tf.Tensor2D,
        hh as tf.Tensor2D,
      )
      return tf.add(tf.sum(tf.mul(newH, toTf(ph))), tf.sum(tf.mul(newC, toTf(pc))))
    }
    const args = [toTf(kernel), toTf(bias), toTf(x), toTf(c), toTf(h)]
    const [newC, newH] = tf.basicLSTMCell(
      forgetBias,
      args[0] as tf.Tensor2D,
      tf.reshape(args[1], [4 * H]) as tf.Tensor1D,
      args[2] as tf.Tensor2D,
      args[3] as tf.Tensor2D,
      args[4] as tf.Tensor2D,
    )
    close(step.h.data, newH.dataSync())
    close(step.c.data, newC.dataSync())
    const [gk, gb, gx, gc, gh] = tf
      .grads(f)(args)
      .map((g) => g.dataSync())
    close(x.grad!, gx)
    close(c.grad!, gc)
    close(h.grad!, gh)
    // the kernel's gradient, mapped back to PyTorch's layout, is [dW_ih | dW_hh]ᵀ in tfjs gate order
    const dKernelTorch = E.transpose(
      E.cat(
        [
          torchToTfGateOrder(new Tensor(w.weightIh.grad!, [4 * H, I]), H),
          torchToTfGateOrder(new Tensor(w.weightHh.grad!, [4 * H, H]), H),
        ],
        1,
      ),
    )
    close(dKernelTorch.data, gk)
    close(torchToTfGateOrder(new Tensor(w.biasIh.grad!, [4 * H, 1]), H).data, gb)
    close(w.biasHh.grad!, w.biasIh.grad!)
  })

  it('one GRU step (PyTorch equations from tf ops): values and gradients, composed cell and fused op', () => {
    const rng = new E.Random(4)
    const [N, I, H] = [2, 3, 4]
    const w = weights(rng, I, H, 3)
    const x = randn(rng, [N, I])
    const h = randn(rng, [N, H])
    const probe = randn(rng, [N, H], 1)
    const inputs = [x, h, w.weightIh, w.weightHh, w.biasIh, w.biasHh]
    inputs.forEach((t) => (t.requiresGrad = true))
    const step = E.gruCell(x, h, w)
    E.sum(E.mul(step.h, probe)).backward()
    const ours = inputs.map((t) => Array.from(t.grad!))

    const f = (
      xx: tf.Tensor,
      hh: tf.Tensor,
      wi: tf.Tensor,
      wh: tf.Tensor,
      bi: tf.Tensor,
      bh: tf.Tensor,
    ) => {
      const ax = tf.add(tf.matMul(xx, wi, false, true), bi)
      const ah = tf.add(tf.matMul(hh, wh, false, true), bh)
      const [xr, xz, xn] = tf.split(ax, 3, 1)
      const [hr, hz, hn] = tf.split(ah, 3, 1)
      const r = tf.sigmoid(tf.add(xr, hr))
      const z = tf.sigmoid(tf.add(xz, hz))
      const n = tf.tanh(tf.add(xn, tf.mul(r, hn)))
      return tf.add(tf.mul(tf.sub(1, z), n), tf.mul(z, hh))
    }
    const args = inputs.map(toTf)
    const peer = f(...(args as [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor]))
    close(step.h.data, peer.dataSync())
    const grads = tf.grads((...a: tf.Tensor[]) =>
      tf.sum(tf.mul(f(a[0], a[1], a[2], a[3], a[4], a[5]), toTf(probe))),
    )(args)
    grads.forEach((g, k) => close(ours[k], g.dataSync()))

    // the fused op on a one-step sequence agrees too
    inputs.forEach((t) => (t.grad = null))
    const fused = E.gru(E.reshape(x, [1, N, I]), h, w)
    E.sum(E.mul(fused.hN, probe)).backward()
    close(fused.hN.data, peer.dataSync())
    grads.forEach((g, k) => close(inputs[k].grad!, g.dataSync()))
  })
})
