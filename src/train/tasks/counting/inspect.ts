/**
 * What the page may ask a counting model: the memory state over one string (does a unit count?) and
 * the accuracy for every n up to the test range (where does it stop counting?).
 */
import { softmax } from '../../../engine/index.ts'
import type { CellKind, InspectQuery } from '../../task.ts'
import { makeExample, padBatch, symbolsOf, type Language } from './data.ts'
import { COUNTING_LIMITS } from './meta.ts'
import type { CountingNet } from './network.ts'
import { argmax, scoreBatch, type StringScore } from './score.ts'

/** The memory state and predictions of a model reading a^n b^n (c^n), step by step. */
export interface CountingActivations {
  kind: 'activations'
  n: number
  cell: CellKind
  /** Which state `memory` holds: the LSTM's cell state c, or h for cells without one. */
  state: 'c' | 'h'
  /** The language's symbols, in token order. */
  symbols: string[]
  /** The symbol read at each step. */
  read: string[]
  /** The true next symbol at each step. */
  next: string[]
  /** The model's most probable next symbol at each step. */
  predicted: string[]
  /** Whether the next symbol at each step is determined by what came before. */
  predictable: boolean[]
  /** Next-symbol probabilities per step, [T][V]. */
  probabilities: number[][]
  /** The state per unit per step, [H][T] (units down, time across). */
  memory: number[][]
}

/** Accuracy for each n from 1 to the test range, with the training range for reference. */
export interface CountingGeneralisation {
  kind: 'generalisation'
  maxN: number
  testMaxN: number
  rows: StringScore[]
}

/** Runs strings of the given lengths as one batch and scores them. */
export function scoreLengths(net: CountingNet, language: Language, ns: readonly number[]) {
  const examples = ns.map((n) => makeExample(language, n))
  const batch = padBatch(examples)
  const run = net.forward(batch.inputs, batch.batch)
  return { examples, batch, run, scores: scoreBatch(run.logits.data, net.vocab, examples) }
}

/** The activations view of one string. */
export function activations(net: CountingNet, language: Language, n: number): CountingActivations {
  const symbols = symbolsOf(language)
  const e = makeExample(language, n)
  const { logits, memory } = net.forward(e.inputs, 1)
  const probs = softmax(logits).data
  const T = e.inputs.length
  const V = net.vocab
  const H = net.hidden
  const rows = (count: number, width: number, data: ArrayLike<number>, transpose: boolean) =>
    Array.from({ length: count }, (_, r) =>
      Array.from({ length: width }, (_, k) => data[transpose ? k * count + r : r * width + k]),
    )
  return {
    kind: 'activations',
    n,
    cell: net.cell,
    state: net.cell === 'lstm' ? 'c' : 'h',
    symbols,
    read: e.inputs.map((s) => symbols[s]),
    next: e.targets.map((s) => symbols[s]),
    predicted: e.inputs.map((_, t) => symbols[argmax(logits.data, t * V, V)]),
    predictable: e.predictable,
    probabilities: rows(T, V, probs, false),
    memory: rows(H, T, memory, true),
  }
}

/** The generalisation view: every n from 1 to testMaxN. */
export function generalisation(
  net: CountingNet,
  language: Language,
  maxN: number,
  testMaxN: number,
): CountingGeneralisation {
  const ns = Array.from({ length: testMaxN }, (_, k) => k + 1)
  return { kind: 'generalisation', maxN, testMaxN, rows: scoreLengths(net, language, ns).scores }
}

/** Reads the n of an activations query: a whole number within the largest test range. */
export function queryLength(query: InspectQuery): number {
  const n = query.n
  const { max } = COUNTING_LIMITS.testMaxN
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max)
    throw new RangeError(`The string length n must be a whole number from 1 to ${max}.`)
  return n
}
