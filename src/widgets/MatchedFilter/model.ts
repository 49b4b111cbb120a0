/**
 * The matched filter as pure functions over the engine: build a noisy signal with a hidden
 * template, slide the template along it (conv1d: cross-correlation; convolve1d: flip, then slide)
 * and find the peak. No DOM, so every number the widget shows is tested here.
 */
import { add, conv1d, convolve1d, flipLast, mul, tensor, type Tensor } from '../../engine/index.ts'
import { Random } from '../../engine/random.ts'
import type { FilterMode, MatchedFilterConfig, PatternName } from './schema.ts'

/** The longest template the widget accepts (a pasted row is cut to this). */
export const TEMPLATE_MAX = 12

/** The starting values of each pattern, two decimals so they read well in a cell. */
export function patternValues(name: PatternName): number[] {
  const two = (v: number) => Math.round(v * 100) / 100
  switch (name) {
    case 'chirp':
      // A cosine whose frequency grows along the pattern: nothing like itself when reversed.
      return Array.from({ length: 9 }, (_, i) => two(Math.cos((Math.PI * i * i) / 12)))
    case 'blip':
      return [0.25, 0.75, 1, 0.75, 0.25]
    case 'ramp':
      return [0.25, 0.5, 0.75, 1]
    case 'edge':
      return [-1, -1, 1, 1]
  }
}

/** Why the template cannot be placed in the signal, in plain words, or null when it fits. */
export function placementProblem(length: number, k: number, position: number): string | null {
  if (k < 1) return 'The template has no samples, so there is nothing to slide.'
  if (k > length)
    return `The template (${k} samples) is longer than the signal (${length} samples): it fits nowhere.`
  if (position + k > length)
    return `A ${k}-sample pattern starting at sample ${position} runs past the end of a ${length}-sample signal; start it at ${length - k} or earlier.`
  return null
}

const row = (values: readonly number[]): Tensor => tensor([[values]])

/** The clean signal (zeros with the template at `position`) and the same plus σ·(seeded N(0, 1)). */
export function makeSignal(
  template: readonly number[],
  o: Pick<MatchedFilterConfig, 'length' | 'position' | 'noise' | 'seed'>,
): { clean: number[]; signal: number[] } {
  const clean = Array.from({ length: o.length }, (_, i) => template[i - o.position] ?? 0)
  // The same seed gives the same noise shape at every σ, so raising σ only scales it.
  const rng = new Random(o.seed)
  const z = Array.from({ length: o.length }, () => rng.normal())
  const signal = add(row(clean), mul(row(z), o.noise))
  return { clean, signal: Array.from(signal.data) }
}

/** Sliding `template` along `signal` with no padding: output n uses samples n … n+k−1. */
export function slide(signal: readonly number[], template: readonly number[], mode: FilterMode) {
  const op = mode === 'correlate' ? conv1d : convolve1d
  return Array.from(op(row(signal), row(template)).data)
}

/** The first largest value of a non-empty list, and where it is. */
export function peakOf(values: readonly number[]): { at: number; value: number } {
  let at = 0
  for (let i = 1; i < values.length; i++) if (values[i] > values[at]) at = i
  return { at, value: values[at] }
}

/** Everything the widget draws for one configuration. */
export interface FilterRun {
  clean: number[]
  signal: number[]
  /** The weights that actually slide: the template, or the engine's flipped copy of it. */
  kernel: number[]
  output: number[]
  peak: { at: number; value: number }
  /** The cross-correlation's peak, to compare a convolution with. */
  correlationPeak: { at: number; value: number }
  /** Whether the template reads the same backwards (then both modes agree). */
  symmetric: boolean
  /** The template is all zeros: every output is 0 and no peak means anything. */
  silent: boolean
}

/** Runs the matched filter, or says in words why this configuration cannot be computed. */
export function runMatchedFilter(
  template: readonly number[],
  config: MatchedFilterConfig,
): { run: FilterRun; error: null } | { run: null; error: string } {
  const problem = placementProblem(config.length, template.length, config.position)
  if (problem) return { run: null, error: problem }
  const { clean, signal } = makeSignal(template, config)
  const flipped = Array.from(flipLast(row(template)).data)
  const correlation = slide(signal, template, 'correlate')
  const output = config.mode === 'correlate' ? correlation : slide(signal, template, 'convolve')
  if (!output.every(Number.isFinite))
    return {
      run: null,
      error: 'The template values are so large that the sums overflow: use smaller numbers.',
    }
  return {
    error: null,
    run: {
      clean,
      signal,
      kernel: config.mode === 'correlate' ? [...template] : flipped,
      output,
      peak: peakOf(output),
      correlationPeak: peakOf(correlation),
      symmetric: flipped.every((v, i) => v === template[i]),
      silent: template.every((v) => v === 0),
    },
  }
}

/** The probe window at output n: its samples, the kernel, their engine products, and the output. */
export function probeAt(run: FilterRun, n: number) {
  const k = run.kernel.length
  const window = run.signal.slice(n, n + k)
  const products = Array.from(mul(tensor(window), tensor(run.kernel)).data)
  return { window, kernel: run.kernel, products, sum: run.output[n] }
}
