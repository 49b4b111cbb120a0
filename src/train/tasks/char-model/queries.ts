/**
 * What the page may ask a character model, and what it answers. Pure (no engine import): the widget
 * builds queries and reads answers with these types.
 */
import type { InspectQuery } from '../../task.ts'

/** Generate `length` characters after `prime`, drawn at `temperature` (near 0: always the likeliest). */
export interface SampleQuery extends InspectQuery {
  kind: 'sample'
  prime: string
  temperature: number
  length: number
}

/** The probabilities of the next character after `prime` (the `top` likeliest). */
export interface NextQuery extends InspectQuery {
  kind: 'next'
  prime: string
  top?: number
}

/** What the model read before it answered, and what it knows of its text: shared by both answers. */
interface AnswerContext {
  /** The prime's characters the model knows, in order (what it actually read). */
  prime: string
  /** Characters of the prime outside the vocabulary, each once, skipped. */
  unknown: string[]
  /** True when no usable prime was left and the model started from the text's first character. */
  defaulted: boolean
  /** The vocabulary, in index order. */
  vocab: string
  /** False when the text was too short to hold out a part, so validation reuses the training text. */
  heldOut: boolean
}

/** A generated continuation. */
export interface SampleAnswer extends AnswerContext {
  kind: 'sample'
  text: string
  /** The temperature actually used, after clamping; 0 means greedy. */
  temperature: number
}

/** The next character's likeliest candidates, most probable first. */
export interface NextAnswer extends AnswerContext {
  kind: 'next'
  candidates: { char: string; probability: number }[]
}

/** Temperatures below this sample greedily (argmax); a softmax at T → 0 is the argmax anyway. */
export const GREEDY_BELOW = 0.05
/** Highest temperature: beyond it samples are near-uniform noise. */
export const MAX_TEMPERATURE = 2
/** Longest sample and prime, so a query can never make the worker busy for long. */
export const MAX_SAMPLE_LENGTH = 1000
export const MAX_PRIME_LENGTH = 500

/** The temperature a query's value maps to: 0 (greedy) below GREEDY_BELOW, at most MAX_TEMPERATURE. */
export function clampTemperature(t: unknown): number {
  const value = typeof t === 'number' && Number.isFinite(t) ? t : 1
  if (value < GREEDY_BELOW) return 0
  return Math.min(value, MAX_TEMPERATURE)
}

/** A whole number in [min, max], or `fallback` when the value is not a finite number. */
export function clampCount(n: unknown, min: number, max: number, fallback: number): number {
  if (typeof n !== 'number' || !Number.isFinite(n)) return fallback
  return Math.min(max, Math.max(min, Math.round(n)))
}
