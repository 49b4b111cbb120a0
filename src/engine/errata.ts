import { convolutionErrata } from './errata/convolution.ts'
import { recurrentErrata } from './errata/recurrent.ts'

export type { Erratum } from './errata/types.ts'

/** Every known slip in the lecture decks, with the corrected value, for lessons to cite. */
export const errata = [...convolutionErrata, ...recurrentErrata]
