/**
 * Text to vectors, as data: the tokenising rule, a vocabulary in order of first appearance (as the
 * lecture's count-vector table lists it), bag-of-words count vectors and one-hot characters. The
 * counts are the engine's: a sentence's count vector is the sum of its words' one-hot rows.
 */
import { sum, tensor, zeros } from '../../engine/index.ts'
import { MAX_CHARS } from './presets.ts'

/** The tokenising rule in words, shown beside the table. */
export const WORD_RULE =
  'A word is a run of letters, digits or apostrophes; spaces and punctuation only separate words.'

const WORD = /[\p{L}\p{N}']+/gu

/** The words of a sentence, in order, after optional lower-casing. */
export function tokenize(sentence: string, lowercase: boolean): string[] {
  const text = lowercase ? sentence.toLowerCase() : sentence
  return text.match(WORD) ?? []
}

/** The characters of a sentence (code points, spaces included), after optional lower-casing. */
export function characters(sentence: string, lowercase: boolean): string[] {
  return Array.from(lowercase ? sentence.toLowerCase() : sentence)
}

/** Every distinct token, in order of first appearance across the lists. */
export function vocabulary(lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>()
  for (const list of lists) for (const token of list) seen.add(token)
  return [...seen]
}

/** One-hot rows [T, V]: row t has a 1 in the column of token t. */
export function oneHotRows(tokens: readonly string[], vocab: readonly string[]): number[][] {
  const index = new Map(vocab.map((v, i) => [v, i]))
  return tokens.map((t) => vocab.map((_, i) => (index.get(t) === i ? 1 : 0)))
}

/** The count vector of one token list: the engine's sum over its one-hot rows (zeros if empty). */
export function countVector(tokens: readonly string[], vocab: readonly string[]): number[] {
  if (vocab.length === 0) return []
  const counts = tokens.length ? sum(tensor(oneHotRows(tokens, vocab)), 0) : zeros([vocab.length])
  return Array.from(counts.data)
}

/** The bag-of-words table for some sentences: tokens, shared vocabulary, one count row each. */
export interface BagOfWords {
  tokens: string[][]
  vocab: string[]
  counts: number[][]
}

/** Tokenises every sentence, builds one vocabulary, and counts each sentence against it. */
export function bagOfWords(sentences: readonly string[], lowercase: boolean): BagOfWords {
  const tokens = sentences.map((s) => tokenize(s, lowercase))
  const vocab = vocabulary(tokens)
  return { tokens, vocab, counts: tokens.map((t) => countVector(t, vocab)) }
}

/** Two sentences (by index) whose count vectors match although their word sequences differ. */
export interface SameVector {
  a: number
  b: number
}

/** Pairs of non-empty sentences with equal count vectors but different word order. */
export function sameVectorPairs(bag: BagOfWords): SameVector[] {
  const pairs: SameVector[] = []
  const n = bag.tokens.length
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      if (!bag.tokens[a].length || !bag.tokens[b].length) continue
      const sameCounts = bag.counts[a].every((c, i) => c === bag.counts[b][i])
      if (sameCounts && bag.tokens[a].join(' ') !== bag.tokens[b].join(' ')) pairs.push({ a, b })
    }
  return pairs
}

/** How a sentence's characters look in a header: a space must stay visible. */
export function showChar(c: string): string {
  return c === ' ' ? '␣' : c === '\t' ? '⇥' : c
}

/** One sentence as one-hot characters: the sequence, its own vocabulary and rows [T, V]. */
export function charEncoding(sentence: string, lowercase: boolean) {
  const chars = characters(sentence, lowercase)
  const vocab = vocabulary([chars])
  return { chars, vocab, rows: oneHotRows(chars, vocab) }
}

/** Accepts a typed sentence or says why not (too long); nothing is cut off silently. */
export function checkSentence(
  text: string,
  index: number,
): { ok: true } | { ok: false; message: string } {
  const length = Array.from(text).length
  if (length <= MAX_CHARS) return { ok: true }
  return {
    ok: false,
    message: `Sentence ${index + 1} has ${length} characters; the limit is ${MAX_CHARS}, so the table stays readable.`,
  }
}
