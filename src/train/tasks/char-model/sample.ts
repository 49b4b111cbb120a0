/**
 * What a trained character model says: text generated one character at a time, each drawn from the
 * softmax of the logits divided by a temperature and fed back in, and the next character's odds.
 */
import type { Random } from '../../../engine/index.ts'
import type { CharNet } from './net.ts'
import {
  clampCount,
  clampTemperature,
  MAX_PRIME_LENGTH,
  MAX_SAMPLE_LENGTH,
  type NextAnswer,
  type NextQuery,
  type SampleAnswer,
  type SampleQuery,
} from './queries.ts'
import type { RecurrentState } from './recurrent.ts'

/** What answers need to know of the text: its vocabulary, where to start, whether part is held out. */
export interface TextFacts {
  vocab: readonly string[]
  /** The token to start from when the prime has no known character. */
  start: number
  heldOut: boolean
}

/** The prime as token ids, with what was skipped and whether it fell back to `fallback`. */
export function readPrime(
  prime: unknown,
  vocab: readonly string[],
  fallback: number,
): { tokens: number[]; unknown: string[]; defaulted: boolean } {
  const chars = Array.from(typeof prime === 'string' ? prime : '').slice(0, MAX_PRIME_LENGTH)
  const index = new Map(vocab.map((c, i) => [c, i]))
  const tokens = chars.flatMap((c) => (index.has(c) ? [index.get(c)!] : []))
  const unknown = [...new Set(chars.filter((c) => !index.has(c)))]
  if (tokens.length === 0) return { tokens: [fallback], unknown, defaulted: true }
  return { tokens, unknown, defaulted: false }
}

/** Softmax of `logits / temperature`; temperature 0 puts all the mass on the first largest logit. */
export function temperatureProbabilities(logits: ArrayLike<number>, temperature: number): number[] {
  const values = Array.from(logits)
  const top = Math.max(...values)
  if (temperature === 0) {
    const at = values.indexOf(top)
    return values.map((_, i) => (i === at ? 1 : 0))
  }
  const e = values.map((v) => Math.exp((v - top) / temperature))
  const total = e.reduce((s, v) => s + v, 0)
  return e.map((v) => v / total)
}

/** An index drawn with the given probabilities (one uniform draw, inverse CDF). */
export function draw(probabilities: readonly number[], rng: Random): number {
  let u = rng.next()
  for (let i = 0; i < probabilities.length; i++) {
    u -= probabilities[i]
    if (u < 0) return i
  }
  // Rounding can leave u a hair above 0: take the last character with any mass.
  return probabilities.findLastIndex((p) => p > 0)
}

/** Runs the prime from a zero state: the state after it and the logits of the character after it. */
function readAll(net: CharNet, tokens: readonly number[]) {
  const run = net.forward(Int32Array.from(tokens), 1)
  const V = net.vocabSize
  const last: ArrayLike<number> = run.logits.data.subarray((tokens.length - 1) * V)
  return { state: detach(run.state), logits: last }
}

function detach(state: RecurrentState): RecurrentState {
  return { h: state.h.detach(), c: state.c?.detach() }
}

/** The fields both answers share: the prime as read, what was skipped, and the text's facts. */
function context(prime: ReturnType<typeof readPrime>, text: TextFacts) {
  return {
    prime: prime.tokens.map((t) => text.vocab[t]).join(''),
    unknown: prime.unknown,
    defaulted: prime.defaulted,
    vocab: text.vocab.join(''),
    heldOut: text.heldOut,
  }
}

/** Answers a sample query: `length` characters continuing the prime, drawn from `rng`. */
export function sampleText(
  net: CharNet,
  text: TextFacts,
  query: Partial<SampleQuery>,
  rng: Random,
): SampleAnswer {
  const temperature = clampTemperature(query.temperature)
  const length = clampCount(query.length, 1, MAX_SAMPLE_LENGTH, 200)
  const prime = readPrime(query.prime, text.vocab, text.start)
  let { state, logits } = readAll(net, prime.tokens)
  let out = ''
  for (let k = 0; k < length; k++) {
    const token = draw(temperatureProbabilities(logits, temperature), rng)
    out += text.vocab[token]
    if (k === length - 1) break
    const run = net.forward(Int32Array.of(token), 1, state)
    state = detach(run.state)
    logits = run.logits.data
  }
  return { kind: 'sample', text: out, temperature, ...context(prime, text) }
}

/** Answers a next query: the `top` likeliest next characters after the prime. */
export function nextCharacters(
  net: CharNet,
  text: TextFacts,
  query: Partial<NextQuery>,
): NextAnswer {
  const { vocab } = text
  const top = clampCount(query.top, 1, vocab.length, Math.min(5, vocab.length))
  const prime = readPrime(query.prime, vocab, text.start)
  const probabilities = temperatureProbabilities(readAll(net, prime.tokens).logits, 1)
  const candidates = probabilities
    .map((probability, i) => ({ char: vocab[i], probability }))
    .sort((a, b) => b.probability - a.probability)
    .slice(0, top)
  return { kind: 'next', candidates, ...context(prime, text) }
}
