/** One training step of a character LSTM (65 symbols, 128 hidden, 25 steps): engine vs tfjs. */
import { LSTM } from '../src/engine/nn/lstm.ts'
import { engineStep, HIDDEN, tfjsStep, VOCAB } from './charModel.ts'
import type { BenchCase } from './types.ts'

/** The benchmark cases. */
export const cases: BenchCase[] = [
  {
    name: 'char-LSTM train step (65, 128, T=25)',
    engine: () => engineStep((rng) => new LSTM(VOCAB, HIDDEN, { rng })),
    // tf.basicLSTMCell: kernel [I + H, 4H] over [x, h], gates i, j, f, o, forget bias 0 here
    tfjs: (tf) =>
      tfjsStep(
        tf,
        4,
        (vars, x, [c, h]) => tf.basicLSTMCell(0, vars[0] as never, vars[1] as never, x, c, h),
        2,
      ),
  },
]
