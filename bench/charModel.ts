/**
 * The character-level training step both recurrent benches time: 65 symbols, 128 hidden units,
 * 25 steps, batch 1, one-hot inputs, a linear readout with softmax cross-entropy at every step,
 * full BPTT and one Adam update. The engine side and the tfjs side do the same work.
 */
import type * as tfTypes from '@tensorflow/tfjs-core'
import { Linear } from '../src/engine/nn/linear.ts'
import { oneHot } from '../src/engine/nn/input.ts'
import type { LSTM } from '../src/engine/nn/lstm.ts'
import type { RNN } from '../src/engine/nn/rnn.ts'
import { crossEntropy } from '../src/engine/ops/loss.ts'
import { reshape } from '../src/engine/ops/shape.ts'
import { Adam } from '../src/engine/optim.ts'
import { Random } from '../src/engine/random.ts'

/** Sizes of the char model. */
export const VOCAB = 65
export const HIDDEN = 128
export const STEPS = 25

/** A fixed pseudo-text: inputs and next-character targets. */
export function charData(): { inputs: number[]; targets: number[] } {
  const rng = new Random(42)
  const text = Array.from({ length: STEPS + 1 }, () => rng.int(VOCAB))
  return { inputs: text.slice(0, STEPS), targets: text.slice(1) }
}

/** One engine training step (forward, BPTT, Adam) for a recurrent layer built by `make`. */
export function engineStep(make: (rng: Random) => LSTM | RNN): () => void {
  const rng = new Random(1)
  const layer = make(rng)
  const readout = new Linear(HIDDEN, VOCAB, { rng })
  const params = [...layer.parameters(), ...readout.parameters()]
  const opt = new Adam(params, { lr: 1e-3 })
  const { inputs, targets } = charData()
  const input = oneHot(inputs, VOCAB)
  return () => {
    opt.zeroGrad()
    const { output } = layer.forward(input)
    const logits = readout.forward(reshape(output, [STEPS, HIDDEN]))
    crossEntropy(logits, targets).backward()
    opt.step()
  }
}

/** One tfjs training step; `cell` maps (x_t, state) to the new state and its h. */
export function tfjsStep(
  tf: typeof tfTypes,
  gates: number,
  cell: (
    vars: tfTypes.Variable[],
    x: tfTypes.Tensor2D,
    state: tfTypes.Tensor2D[],
  ) => tfTypes.Tensor2D[],
  stateCount: number,
): () => void {
  const rng = new Random(1)
  const init = (shape: number[], bound: number) =>
    tf.variable(
      tf.tensor(
        Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng.uniform(-bound, bound)),
        shape,
      ),
    )
  const k = 1 / Math.sqrt(HIDDEN)
  const vars = [
    init([VOCAB + HIDDEN, gates * HIDDEN], k),
    init([gates * HIDDEN], k),
    init([HIDDEN, VOCAB], k),
    init([VOCAB], k),
  ]
  const { inputs, targets } = charData()
  const xs = inputs.map(
    (c) => tf.cast(tf.oneHot(tf.tensor1d([c], 'int32'), VOCAB), 'float32') as tfTypes.Tensor2D,
  )
  const labels = tf.cast(tf.oneHot(tf.tensor1d(targets, 'int32'), VOCAB), 'float32')
  const opt = tf.train.adam(1e-3)
  return () => {
    tf.tidy(() => {
      opt.minimize(
        () => {
          let state = Array.from(
            { length: stateCount },
            () => tf.zeros([1, HIDDEN]) as tfTypes.Tensor2D,
          )
          const hs: tfTypes.Tensor2D[] = []
          for (const x of xs) {
            state = cell(vars, x, state)
            hs.push(state[state.length - 1])
          }
          const logits = tf.add(tf.matMul(tf.concat(hs, 0), vars[2]), vars[3])
          return tf.losses.softmaxCrossEntropy(labels, logits) as tfTypes.Scalar
        },
        false,
        vars,
      )
    })
  }
}
