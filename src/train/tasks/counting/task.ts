/**
 * LSTM vs GRU on counting (issue #6, Weiss, Goldberg and Yahav 2018): a small recurrent net learns
 * a^n b^n (or a^n b^n c^n) by predicting the next symbol, on n up to maxN, and is then tested on
 * longer strings. Data are generated, so nothing is loaded.
 */
import { crossEntropy } from '../../../engine/index.ts'
import { defineTask } from '../../defineTask.ts'
import { batchRandom, initRandom } from '../../seeds.ts'
import type { TaskSettings } from '../../task.ts'
import { drawLengths, IGNORE_INDEX, makeExample, padBatch, symbolsOf } from './data.ts'
import { activations, generalisation, queryLength, scoreLengths } from './inspect.ts'
import {
  checkCountingSettings,
  COUNTING_DEFAULTS,
  COUNTING_ID,
  COUNTING_SCHEDULE,
  COUNTING_TUNABLE,
} from './meta.ts'
import { CountingNet } from './network.ts'
import { scoreBatch, stringAccuracy } from './score.ts'

/** The counting task, as the trainer runs it. */
export const countingTask = defineTask<null>({
  id: COUNTING_ID,
  title: 'Counting: aⁿbⁿ and aⁿbⁿcⁿ, LSTM vs GRU',
  defaults: { hyper: COUNTING_DEFAULTS.hyper, settings: { ...COUNTING_DEFAULTS.settings } },
  tunable: COUNTING_TUNABLE,
  ...COUNTING_SCHEDULE,
  checkSettings: (raw): TaskSettings => ({ ...checkCountingSettings(raw) }),
  load: () => Promise.resolve(null),
  build({ hyper, settings, seed }) {
    const { language, maxN, testMaxN } = checkCountingSettings(settings)
    const net = new CountingNet(
      hyper.cell,
      symbolsOf(language).length,
      hyper.hidden,
      initRandom(seed),
    )
    const trainingNs = Array.from({ length: maxN }, (_, k) => k + 1)
    return {
      parameters: () => net.parameters(),
      trainLoss(step) {
        const ns = drawLengths(batchRandom(seed, step), hyper.batchSize, maxN)
        const examples = ns.map((n) => makeExample(language, n))
        const batch = padBatch(examples)
        const { logits } = net.forward(batch.inputs, batch.batch)
        const loss = crossEntropy(logits, batch.targets, { ignoreIndex: IGNORE_INDEX })
        return { loss, accuracy: stringAccuracy(scoreBatch(logits.data, net.vocab, examples)) }
      },
      validate() {
        // Every training length once: the validation set is the training range itself.
        const { batch, run, scores } = scoreLengths(net, language, trainingNs)
        const loss = crossEntropy(run.logits, batch.targets, { ignoreIndex: IGNORE_INDEX }).item()
        return { loss, accuracy: stringAccuracy(scores) }
      },
      inspect(query) {
        if (query.kind === 'activations') return activations(net, language, queryLength(query))
        if (query.kind === 'generalisation') return generalisation(net, language, maxN, testMaxN)
        throw new RangeError(
          `The counting task answers "activations" and "generalisation" queries, not "${String(query.kind)}".`,
        )
      },
    }
  },
})
