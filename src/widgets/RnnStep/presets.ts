/**
 * Starting numbers for the worked-step calculator: the lecture slide's example (the givens, as
 * printed) or small random numbers from the engine's seeded generator.
 */
import { Random, xavierUniform, zeros } from '../../engine/index.ts'

/**
 * The givens of one step h_t = tanh([h_{t-1}, x_t]·W + b), W of shape (H + D) x H. The gated cells
 * use the same shape with G·H columns (G = 4 gates for the LSTM, 3 for the GRU) and the LSTM's
 * memory c_{t-1}, which the tanh step leaves absent.
 */
export interface StepInputs {
  h: number[]
  x: number[]
  W: number[][]
  b: number[]
  c?: number[]
}

/** Deck 000, "A simple forward pass": the givens of the exercise, exactly as the slide states them. */
export const DECK_STEP: StepInputs = {
  h: [0, 1],
  x: [1, 0],
  W: [
    [1.5, -2],
    [0, 1],
    [-1, 0.5],
    [2, 0],
  ],
  b: [0, 0],
}

/** Rounds to one decimal: random numbers stay easy to multiply in one’s head. */
export const tenth = (v: number) => Math.round(v * 10) / 10 || 0

/** Small random givens: W from Xavier-uniform init, h and x in (-1, 1), b in (-0.5, 0.5). */
export function randomStep(seed: number, hidden: number, inputs: number): StepInputs {
  const rng = new Random(seed)
  const w = xavierUniform(zeros([hidden + inputs, hidden]), rng).toArray() as number[][]
  return {
    h: Array.from({ length: hidden }, () => tenth(rng.uniform(-1, 1))),
    x: Array.from({ length: inputs }, () => tenth(rng.uniform(-1, 1))),
    W: w.map((row) => row.map(tenth)),
    b: Array.from({ length: hidden }, () => tenth(rng.uniform(-0.5, 0.5))),
  }
}

/** True when `a` holds exactly the slide's givens (then the slide's printed slip applies). */
export function isDeckStep(a: StepInputs): boolean {
  return JSON.stringify(a) === JSON.stringify(DECK_STEP)
}
