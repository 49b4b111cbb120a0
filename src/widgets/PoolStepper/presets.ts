/**
 * The input grids a pooling stepper starts from. The deck's table is input data typed in from deck
 * 004 ("Max pooling and average pooling, 2×2 filters and stride 2"); every output is computed.
 */
import { Random } from '../../engine/random.ts'
import type { PoolInput } from './schema.ts'

/** The 8×8 table of activations from deck 004. */
export const DECK_TABLE: readonly (readonly number[])[] = [
  [0.88, 0.44, 0.14, 0.16, 0.37, 0.77, 0.96, 0.27],
  [0.19, 0.45, 0.57, 0.16, 0.63, 0.29, 0.71, 0.7],
  [0.66, 0.26, 0.82, 0.64, 0.54, 0.73, 0.59, 0.26],
  [0.85, 0.34, 0.76, 0.84, 0.29, 0.75, 0.62, 0.25],
  [0.32, 0.74, 0.21, 0.39, 0.34, 0.03, 0.33, 0.48],
  [0.2, 0.14, 0.16, 0.13, 0.73, 0.65, 0.96, 0.32],
  [0.19, 0.69, 0.09, 0.86, 0.88, 0.07, 0.01, 0.48],
  [0.83, 0.24, 0.97, 0.04, 0.24, 0.35, 0.5, 0.91],
]

/** A grid shifted `by` columns to the right; the columns that enter on the left are zeros. */
export function shiftRight(grid: readonly (readonly number[])[], by = 1): number[][] {
  return grid.map((row) => row.map((_, c) => (c >= by ? row[c - by] : 0)))
}

// Windows whose maximum appears twice, so the tie rule decides which cell gets the gradient.
const TIES = [
  [1, 1, 0, 2],
  [0, 0, 2, 0],
  [3, 0, 0, 0],
  [0, 3, 0.5, 0.5],
]

/** The input grid of a preset; random values lie in [0, 1) with two decimals, like the deck's. */
export function inputPreset(preset: PoolInput, seed: number): number[][] {
  switch (preset) {
    case 'deck':
      return DECK_TABLE.map((row) => [...row])
    case 'shifted':
      return shiftRight(DECK_TABLE)
    case 'ties':
      return TIES.map((row) => [...row])
    case 'random': {
      const rng = new Random(seed)
      return Array.from({ length: 8 }, () =>
        Array.from({ length: 8 }, () => Math.round(rng.uniform(0, 1) * 100) / 100),
      )
    }
  }
}
