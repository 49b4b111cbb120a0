/**
 * Starting numbers for the two-layer network: the lecture's worked example (the givens as printed)
 * or small random numbers from the engine's seeded generator.
 */
import { Random, xavierUniform, zeros } from '../../engine/index.ts'

/**
 * The givens of ŷ = σ(σ(x Θ₁) Θ₂) with target y: x has D entries, Θ₁ is D × H, Θ₂ is H × O, y has
 * O. The deck writes Θ₁ᵀx with column vectors; as rows the same numbers give x Θ₁.
 */
export interface NetInputs {
  x: number[]
  W1: number[][]
  W2: number[][]
  y: number[]
}

/** Deck 004, "DNN: Forward Propagation (Example)": x, y, Θ₁ and Θ₂ exactly as the slide prints them. */
export const DECK_NET: NetInputs = {
  x: [1.0, -0.5],
  W1: [
    [1.2, 2.1, 1.5],
    [-0.3, -0.7, 0.3],
  ],
  W2: [[-0.2], [0.5], [1.3]],
  y: [1.0],
}

// One decimal keeps the random numbers easy to multiply in one's head.
const tenth = (v: number) => Math.round(v * 10) / 10 || 0

/** Random givens: Θ from Xavier-uniform init, x in (−1, 1), targets in (0, 1), one decimal each. */
export function randomNet(
  seed: number,
  inputs: number,
  hidden: number,
  outputs: number,
): NetInputs {
  const rng = new Random(seed)
  const weights = (rows: number, cols: number) =>
    (xavierUniform(zeros([rows, cols]), rng).toArray() as number[][]).map((r) => r.map(tenth))
  return {
    x: Array.from({ length: inputs }, () => tenth(rng.uniform(-1, 1))),
    W1: weights(inputs, hidden),
    W2: weights(hidden, outputs),
    y: Array.from({ length: outputs }, () => tenth(rng.uniform(0.05, 0.95))),
  }
}

/** True when `a` holds exactly the slide's givens (then the slide's printed slips apply). */
export function isDeckNet(a: NetInputs): boolean {
  return JSON.stringify(a) === JSON.stringify(DECK_NET)
}
