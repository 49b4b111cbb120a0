/**
 * The character-level RNN of the lecture ("hello" over the vocabulary h, e, l, o) as data: one
 * engine run over the whole word (the fused RNN, read back through the step trace), then the
 * readout W_hy h_t + b_y and softmax per step. Scrubbing only picks a step of this one run, so
 * what the unroller shows is exactly what the engine computed.
 */
import {
  linear,
  oneHot,
  Random,
  reshape,
  rnn,
  softmax,
  tensor,
  xavierUniform,
  zeros,
  type Tensor,
} from '../../engine/index.ts'
import { rnnSteps } from '../../trace/rnnSteps.ts'

/** The lecture's vocabulary, in its order. */
export const VOCAB = ['h', 'e', 'l', 'o'] as const

/** Longest word the unroller takes: enough for a pattern, short enough to read on one screen. */
export const MAX_LENGTH = 8

/** The untrained weights: an RNN cell over one-hot characters and a readout to the vocabulary. */
export interface CharWeights {
  weightIh: Tensor
  weightHh: Tensor
  biasIh: Tensor
  biasHh: Tensor
  weightHy: Tensor
  biasY: Tensor
}

/** One step of the run, with its parts for the working. */
export interface UnrollStep {
  t: number
  char: string
  oneHot: number[]
  hPrev: number[]
  /** W_xh x_t: for a one-hot x_t, column `token` of W_xh. */
  xPart: number[]
  /** W_hh h_{t-1}. */
  hPart: number[]
  /** a_t = W_xh x_t + W_hh h_{t-1} + b, from the engine's record. */
  preact: number[]
  h: number[]
  /** y_t = W_hy h_t + b_y. */
  logits: number[]
  /** softmax(y_t): the probability of each vocabulary character coming next. */
  probs: number[]
  /** The character that really comes next in the word (null at the last step). */
  next: string | null
}

/** The whole run. */
export interface Unrolled {
  word: string
  hidden: number
  seed: number
  weightHh: number[][]
  steps: UnrollStep[]
}

/** A typed word checked against the vocabulary: lower-cased, or the reason it cannot be used. */
export function parseWord(
  text: string,
): { ok: true; word: string } | { ok: false; message: string } {
  const word = text.trim().toLowerCase()
  if (word.length === 0) return { ok: false, message: 'Type at least one character.' }
  const bad = [...word].find((c) => !(VOCAB as readonly string[]).includes(c))
  if (bad !== undefined) {
    const shown = bad === ' ' ? 'a space' : `“${bad}”`
    return { ok: false, message: `${shown} is not in the vocabulary: use only h, e, l and o.` }
  }
  if (word.length > MAX_LENGTH) return { ok: false, message: `At most ${MAX_LENGTH} characters.` }
  return { ok: true, word }
}

/** Seeded untrained weights from the engine's generator and Xavier-uniform init; biases zero. */
export function charWeights(hidden: number, seed: number): CharWeights {
  const rng = new Random(seed)
  const V = VOCAB.length
  return {
    weightIh: xavierUniform(zeros([hidden, V]), rng),
    weightHh: xavierUniform(zeros([hidden, hidden]), rng),
    biasIh: zeros([hidden]),
    biasHh: zeros([hidden]),
    weightHy: xavierUniform(zeros([V, hidden]), rng),
    biasY: zeros([V]),
  }
}

const rowsOf = (t: Tensor) => t.toArray() as number[][]

/** Runs the RNN over `word` (valid: see parseWord) and reads every step back. */
export function unroll(word: string, hidden: number, seed: number): Unrolled {
  const tokens = [...word].map((c) => (VOCAB as readonly string[]).indexOf(c))
  const input = oneHot(tokens, VOCAB.length)
  const w = charWeights(hidden, seed)
  const run = rnn(input, null, w, 'tanh')
  const trace = rnnSteps(run, input)
  const T = tokens.length
  const logits = linear(reshape(run.output, [T, hidden]), w.weightHy, w.biasY)
  const probs = rowsOf(softmax(logits, -1))
  const logitRows = rowsOf(logits)
  const steps = trace.map((s, k) => {
    const x = VOCAB.map((_, v) => (v === tokens[k] ? 1 : 0))
    return {
      t: s.t,
      char: word[k],
      oneHot: x,
      hPrev: s.hPrev,
      xPart: rowsOf(linear(tensor([x]), w.weightIh))[0],
      hPart: rowsOf(linear(tensor([s.hPrev]), w.weightHh))[0],
      preact: s.preact,
      h: s.h,
      logits: logitRows[k],
      probs: probs[k],
      next: k + 1 < T ? word[k + 1] : null,
    }
  })
  return { word, hidden, seed, weightHh: rowsOf(w.weightHh), steps }
}

/** The most probable next character of a step (the first on a tie). */
export function topChoice(step: UnrollStep): { char: string; p: number } {
  let best = 0
  step.probs.forEach((p, v) => {
    if (p > step.probs[best]) best = v
  })
  return { char: VOCAB[best], p: step.probs[best] }
}
