import type { Erratum } from './types.ts'

/** Slips in the decks' convolution, pooling and geometry examples. */
export const convolutionErrata: Erratum[] = []
