import type { Erratum } from './types.ts'

/** Slips in the decks' convolution, pooling and geometry examples. */
export const convolutionErrata: Erratum[] = [
  {
    deck: '004_0b418e6178dc4cd8.txt',
    where: 'CNN: An Example (32x32x3 input, ten 5x5 filters, stride 1, pad 2), line 594',
    printed: '(32 + 2 × 2 5)/1 + 1 = 32',
    correct: '(32 + 2 × 2 − 5)/1 + 1 = 32',
    explanation:
      'The minus before the filter size is missing from the formula (W + 2P − F)/S + 1 in the slide ' +
      'text (possibly lost in extraction: the deck shows other minus signs fine); the result, 32, is right.',
  },
]
