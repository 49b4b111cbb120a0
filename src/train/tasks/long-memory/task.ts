/**
 * The gradient-flow lesson's experiment, for real: can a vanilla tanh RNN and an LSTM remember the
 * first symbol of a sequence for k steps? The trainer trains one TaskModel with one optimizer, so the
 * model holds one small classifier per (cell, k) and its loss is the mean of theirs. The sub-models
 * share no weights, so each one's gradient is its own loss's (scaled by one over their number, which
 * Adam's per-weight normalisation cancels).
 */
import { add, crossEntropy, mul, oneHot, type Tensor } from '../../../engine/index.ts'
import { defineTask } from '../../defineTask.ts'
import { batchRandom, initRandom, validationRandom } from '../../seeds.ts'
import type { Hyperparameters, InspectQuery, TaskModel, TaskSettings } from '../../task.ts'
import { accuracy, SequenceClassifier } from '../ice-cream/classifier.ts'
import { drawRecall, type RecallBatch } from './data.ts'
import {
  delaysUpTo,
  FORGET_BIAS_RANGE,
  LONG_MEMORY_BUDGET,
  LONG_MEMORY_DEFAULTS,
  LONG_MEMORY_ID,
  LONG_MEMORY_TARGET,
  LONG_MEMORY_TUNABLE,
  LONG_MEMORY_VALIDATE_EVERY,
  LONGEST_CHOICES,
  MEMORY_CELLS,
  SYMBOL_RANGE,
  type AccuracyByK,
  type MemoryCell,
} from './meta.ts'

/** Validation sequences per delay k (the same ones for both cells). */
const VALIDATION_SEQUENCES = 128

/** The settings, checked: how many symbols, the longest delay, the LSTM's forget-gate bias. */
function checkSettings(raw: Readonly<Record<string, unknown>>): {
  symbols: number
  longest: string
  forgetBias: number
} {
  const symbols = Number(raw.symbols ?? LONG_MEMORY_DEFAULTS.settings.symbols)
  const { min, max } = SYMBOL_RANGE
  if (!Number.isInteger(symbols) || symbols < min || symbols > max) {
    throw new RangeError(
      `The number of symbols to remember must be a whole number from ${min} to ${max}; got ${String(raw.symbols)}.`,
    )
  }
  const longest = String(raw.longest ?? LONG_MEMORY_DEFAULTS.settings.longest)
  if (!(LONGEST_CHOICES as readonly string[]).includes(longest)) {
    throw new RangeError(
      `The longest delay must be one of ${LONGEST_CHOICES.join(', ')} steps; got ${String(raw.longest)}.`,
    )
  }
  const forgetBias = Number(raw.forgetBias ?? LONG_MEMORY_DEFAULTS.settings.forgetBias)
  const fb = FORGET_BIAS_RANGE
  if (!Number.isFinite(forgetBias) || forgetBias < fb.min || forgetBias > fb.max) {
    throw new RangeError(
      `The LSTM's initial forget-gate bias must be a number from ${fb.min} to ${fb.max}; got ${String(raw.forgetBias)}.`,
    )
  }
  return { symbols, longest, forgetBias }
}

/**
 * Adds `b` to an LSTM's forget-gate bias (rows H..2H of b_ih; gates i, f, g, o), so f_t starts near
 * sigmoid(b) and the cell state, the gradient's path through time, starts out kept rather than
 * halved each step. PyTorch starts it near 0; Keras adds 1 (unit_forget_bias).
 */
function openForgetGate(net: SequenceClassifier, b: number) {
  const bias = net.recurrent.biasIh
  if (net.cell !== 'lstm' || !bias) return
  for (let j = net.hidden; j < 2 * net.hidden; j++) bias.data[j] += b
}

/** One classifier that reads a recall sequence of delay k and answers at its last step. */
interface SubModel {
  cell: MemoryCell
  k: number
  net: SequenceClassifier
}

function buildModel(hyper: Hyperparameters, settings: TaskSettings, seed: number): TaskModel {
  const { symbols, longest, forgetBias } = checkSettings(settings)
  const ks = delaysUpTo(Number(longest))
  const rng = initRandom(seed)
  const subs: SubModel[] = MEMORY_CELLS.flatMap((cell) =>
    ks.map((k) => {
      const net = new SequenceClassifier(cell, symbols + 1, hyper.hidden, symbols, rng)
      openForgetGate(net, forgetBias)
      return { cell, k, net }
    }),
  )
  const validationRng = validationRandom(seed)
  const validation = new Map(
    ks.map((k) => [k, drawRecall(validationRng, symbols, k, VALIDATION_SEQUENCES)]),
  )
  const logits = (sub: SubModel, b: RecallBatch) =>
    sub.net.lastStep(oneHot(b.tokens, symbols + 1, b.batch))
  /** Mean loss and mean accuracy over every sub-model, each on its batch. */
  const score = (batchOf: (sub: SubModel) => RecallBatch) => {
    let total: Tensor | null = null
    let right = 0
    for (const sub of subs) {
      const b = batchOf(sub)
      const out = logits(sub, b)
      const loss = crossEntropy(out, b.targets)
      total = total ? add(total, loss) : loss
      right += accuracy(out, b.targets)
    }
    return { loss: mul(total!, 1 / subs.length), accuracy: right / subs.length }
  }
  return {
    parameters: () => subs.flatMap((s) => s.net.parameters()),
    trainLoss(step) {
      const rng = batchRandom(seed, step)
      // One batch per delay, shared by both cells so they see the same sequences.
      const batches = new Map(ks.map((k) => [k, drawRecall(rng, symbols, k, hyper.batchSize)]))
      return score((sub) => batches.get(sub.k)!)
    },
    validate() {
      const { loss, accuracy } = score((sub) => validation.get(sub.k)!)
      return { loss: loss.item(), accuracy }
    },
    inspect(query: InspectQuery): AccuracyByK {
      if (query.kind !== 'accuracyByK') {
        throw new RangeError(
          `long-memory: unknown query "${String(query.kind)}"; ask for "accuracyByK".`,
        )
      }
      const byCell = (cell: MemoryCell) =>
        subs
          .filter((s) => s.cell === cell)
          .map((s) => accuracy(logits(s, validation.get(s.k)!), validation.get(s.k)!.targets))
      return {
        symbols,
        chance: 1 / symbols,
        ks,
        accuracy: { rnn: byCell('rnn'), lstm: byCell('lstm') },
      }
    },
  }
}

/** The long-memory experiment as a training task. */
export const longMemoryTask = defineTask<null>({
  id: LONG_MEMORY_ID,
  title: 'Remember the first symbol: RNN against LSTM',
  defaults: LONG_MEMORY_DEFAULTS,
  tunable: LONG_MEMORY_TUNABLE,
  budget: LONG_MEMORY_BUDGET,
  validateEvery: LONG_MEMORY_VALIDATE_EVERY,
  target: LONG_MEMORY_TARGET,
  checkSettings,
  load: () => Promise.resolve(null),
  build: ({ hyper, settings, seed }) => buildModel(hyper, settings, seed),
})
