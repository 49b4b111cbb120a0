import type { Erratum } from './types.ts'

/** Slips in the decks' dense, recurrent and gradient examples. */
export const recurrentErrata: Erratum[] = []
