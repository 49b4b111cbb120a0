/**
 * The character model trainer's page logic as pure functions: the queries it watches, how an answer
 * reads on screen, and the size checks a pasted or uploaded text passes before training.
 */
import { checkCorpusText, CUSTOM_LIMITS, normalizeText } from '../../train/tasks/char-model/meta.ts'
import {
  GREEDY_BELOW,
  type NextQuery,
  type SampleQuery,
} from '../../train/tasks/char-model/queries.ts'

/** The sample the view keeps fresh while training. */
export function sampleQuery(prime: string, temperature: number, length: number): SampleQuery {
  return { kind: 'sample', prime, temperature, length }
}

/** The next-character odds the view keeps fresh, for the same prime. */
export function nextQuery(prime: string): NextQuery {
  return { kind: 'next', prime, top: 5 }
}

/** The loss of a model that gives every one of `size` characters the same probability: ln V. */
export function uniformLoss(size: number): number {
  return Math.log(size)
}

/** The vocabulary's size (in characters, not UTF-16 units) and the uniform guess's loss. */
export function vocabFacts(vocab: string): { size: number; uniform: number } {
  const size = Array.from(vocab).length
  return { size, uniform: uniformLoss(size) }
}

const VISIBLE: Record<string, string> = { '\n': '↵', ' ': '␣', '\t': '⇥' }

/** A character drawn so it can be seen on its own (newline, space and tab get symbols). */
export function visibleChar(c: string): string {
  return VISIBLE[c] ?? c
}

/** The skipped characters of a prime, listed for a sentence. */
export function describeSkipped(unknown: readonly string[]): string {
  return unknown.map((c) => `"${visibleChar(c)}"`).join(', ')
}

/** How the temperature reads next to its slider. */
export function temperatureLabel(t: number): string {
  return t < GREEDY_BELOW ? '0 (greedy: always the likeliest)' : t.toFixed(2)
}

/** Largest file read at all: a text within the character limit takes at most 4 bytes a character. */
export const MAX_FILE_BYTES = CUSTOM_LIMITS.maxChars * 4

/** Why a file is refused before it is read (by its size alone), or null. */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes === 0) return 'The file is empty: choose a file with some text in it.'
  if (bytes > MAX_FILE_BYTES) {
    return `The file is ${(bytes / 1e6).toFixed(1)} MB; a text of at most ${CUSTOM_LIMITS.maxChars.toLocaleString('en')} characters is under ${(MAX_FILE_BYTES / 1e6).toFixed(1)} MB. Use a shorter excerpt.`
  }
  return null
}

/** A pasted or read text, checked: ready to train on, or why not, with its size either way. */
export function checkDraft(raw: string): {
  text: string
  chars: number
  distinct: number
  problem: string | null
} {
  const text = normalizeText(raw)
  return {
    text,
    chars: text.length,
    distinct: new Set(text).size,
    problem: checkCorpusText(text),
  }
}
