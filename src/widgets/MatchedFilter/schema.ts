import type { Schema } from '../params.ts'

/** Hidden patterns: a chirp, a symmetric blip, a ramp and a rising edge (the last three short). */
export const PATTERNS = ['chirp', 'blip', 'ramp', 'edge'] as const

/** Slide the template as it is (cross-correlation) or flipped first (true convolution). */
export const FILTER_MODES = ['correlate', 'convolve'] as const

/** A pattern name and a mode. */
export type PatternName = (typeof PATTERNS)[number]
export type FilterMode = (typeof FILTER_MODES)[number]

/** Parameters of the matched-filter widget (an edited template is per-instance state). */
export const matchedFilterSchema: Schema = [
  { name: 'pattern', type: 'choice', label: 'Pattern', default: 'chirp', choices: PATTERNS },
  {
    name: 'mode',
    type: 'choice',
    label: 'Slide',
    default: 'correlate',
    choices: FILTER_MODES,
    help: 'correlate slides the template as it is; convolve flips it first.',
  },
  { name: 'length', type: 'integer', label: 'Signal length', default: 40, min: 16, max: 64 },
  {
    name: 'position',
    type: 'integer',
    label: 'Hidden at',
    default: 14,
    min: 0,
    max: 63,
    help: 'The sample where the hidden pattern starts.',
  },
  {
    name: 'noise',
    type: 'number',
    label: 'Noise σ',
    default: 0.4,
    min: 0,
    max: 3,
    step: 0.05,
    help: 'Standard deviation of the Gaussian noise added to every sample.',
  },
  {
    name: 'seed',
    type: 'integer',
    label: 'Seed',
    default: 1,
    min: 0,
    max: 9999,
    help: 'The noise is drawn from this seed.',
  },
  {
    name: 'probe',
    type: 'integer',
    label: 'Probe at',
    default: 0,
    min: 0,
    max: 63,
    help: 'Where the probe window starts; its sum is the output at that position.',
  },
]

/** The validated params, typed. */
export interface MatchedFilterConfig {
  pattern: PatternName
  mode: FilterMode
  length: number
  position: number
  noise: number
  seed: number
  probe: number
}
