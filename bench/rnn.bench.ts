/** One training step of a character vanilla RNN (65 symbols, 128 hidden, 25 steps): engine vs tfjs. */
import { RNN } from '../src/engine/nn/rnn.ts'
import { engineStep, HIDDEN, tfjsStep, VOCAB } from './charModel.ts'
import type { BenchCase } from './types.ts'

/** The benchmark cases. */
export const cases: BenchCase[] = [
  {
    name: 'char-RNN train step (65, 128, T=25)',
    engine: () => engineStep((rng) => new RNN(VOCAB, HIDDEN, 'tanh', { rng })),
    // h = tanh([x, h] · W + b), the deck's concatenated form
    tfjs: (tf) =>
      tfjsStep(
        tf,
        1,
        (vars, x, [h]) => [
          tf.tanh(tf.add(tf.matMul(tf.concat([x, h], 1), vars[0]), vars[1])) as never,
        ],
        1,
      ),
  },
]
