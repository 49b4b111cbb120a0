/**
 * The numbers a stepper starts from: an input pattern per channel and a kernel per filter and
 * channel, from the chosen presets and seed. Plain arrays; the learner's edits go on top (store.ts).
 */
import { Random } from '../../engine/random.ts'
import { KERNEL_PRESETS, type InputPattern, type KernelPreset } from './schema.ts'

type Grid = number[][]

const grid = (n: number, f: (r: number, c: number) => number): Grid =>
  Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => f(r, c)))

// One decimal keeps random values readable in a cell while still giving signed, uneven sums.
const tenth = (rng: Random) => Math.round(rng.uniform(-1, 1) * 10) / 10

/** One channel of an input pattern, n x n. */
export function inputPattern(pattern: InputPattern, n: number, rng: Random): Grid {
  const mid = Math.floor(n / 2)
  switch (pattern) {
    case 'vertical-bar':
      return grid(n, (_, c) => (c === mid ? 1 : 0))
    case 'random':
      return grid(n, () => tenth(rng))
    case 'digit':
      // A "7": a bar along the second row, then a stroke down and to the left.
      return grid(n, (r, c) => {
        if (r === 1 && c >= 1 && c <= n - 2) return 1
        const col = n - 2 - Math.round(((r - 1) * (n - 3)) / Math.max(1, n - 2))
        return r > 1 && r < n && c === col ? 1 : 0
      })
  }
}

/** A square kernel of size f from a preset (edge detectors need f >= 2; f = 1 gives identity). */
export function kernelPreset(preset: KernelPreset, f: number, rng: Random): Grid {
  const mid = Math.floor((f - 1) / 2)
  const side = (i: number) => Math.sign((f - 1) / 2 - i)
  switch (preset) {
    case 'vertical-edge':
      return f === 1 ? [[1]] : grid(f, (_, c) => side(c))
    case 'horizontal-edge':
      return f === 1 ? [[1]] : grid(f, (r) => side(r))
    case 'blur':
      return grid(f, () => 1 / (f * f))
    case 'sharpen':
      // Centre weight chosen so the weights sum to one: flat regions pass through unchanged.
      return grid(f, (r, c) => (r === mid && c === mid ? f * f : -1))
    case 'identity':
      return grid(f, (r, c) => (r === mid && c === mid ? 1 : 0))
    case 'random':
      return grid(f, () => tenth(rng))
  }
}

/** A 1-D signal: a small bump (the "digit" of a signal), a single spike, or random values. */
export function signalPattern(pattern: InputPattern, n: number, rng: Random): number[] {
  const mid = Math.floor(n / 2)
  switch (pattern) {
    case 'vertical-bar':
      return Array.from({ length: n }, (_, i) => (i === mid ? 1 : 0))
    case 'random':
      return Array.from({ length: n }, () => tenth(rng))
    case 'digit':
      return Array.from({ length: n }, (_, i) => [0.5, 1, 0.5][i - mid + 1] ?? 0)
  }
}

/** A 1-D kernel of length f: difference, reversed difference, average, sharpen, identity, random. */
export function kernel1d(preset: KernelPreset, f: number, rng: Random): number[] {
  const mid = Math.floor((f - 1) / 2)
  const side = (i: number) => Math.sign((f - 1) / 2 - i)
  return Array.from({ length: f }, (_, i) => {
    switch (preset) {
      case 'vertical-edge':
        return f === 1 ? 1 : side(i)
      case 'horizontal-edge':
        return f === 1 ? 1 : -side(i)
      case 'blur':
        return 1 / f
      case 'sharpen':
        return i === mid ? f : -1
      case 'identity':
        return i === mid ? 1 : 0
      case 'random':
        return tenth(rng)
    }
  })
}

/** The starting numbers of a whole layer: input [C][n][n], weights [K][C][f][f], biases [K]. */
export interface LayerNumbers {
  input: Grid[]
  weight: Grid[][]
  bias: number[]
}

/** Filter k uses the chosen preset, the next filters the presets after it, so they differ. */
export function presetFor(preset: KernelPreset, k: number): KernelPreset {
  if (preset === 'random') return preset
  const cycle = KERNEL_PRESETS.filter((p) => p !== 'random')
  return cycle[(cycle.indexOf(preset) + k) % cycle.length]
}

/** The starting numbers for a configuration; the same arguments always give the same numbers. */
export function layerNumbers(o: {
  dims?: '2d' | '1d'
  length?: number
  size: number
  kernel: number
  channels: number
  filters: number
  preset: KernelPreset
  input: InputPattern
  seed: number
}): LayerNumbers {
  const rng = new Random(o.seed)
  if (o.dims === '1d') return signalNumbers({ ...o, length: o.length ?? o.size }, rng)
  const first = inputPattern(o.input, o.size, rng)
  // Further channels: the pattern shifted one column per channel (random inputs draw afresh).
  const input = Array.from({ length: o.channels }, (_, ch) =>
    ch === 0
      ? first
      : o.input === 'random'
        ? inputPattern('random', o.size, rng)
        : first.map((row) => row.map((_, c) => row[(c - ch + o.size) % o.size])),
  )
  const weight = Array.from({ length: o.filters }, (_, k) => {
    const kind = presetFor(o.preset, k)
    return Array.from({ length: o.channels }, () => kernelPreset(kind, o.kernel, rng))
  })
  const bias = Array.from({ length: o.filters }, (_, k) => (k % 2 === 0 ? -0.5 : 0.5))
  return { input, weight, bias }
}

// 1-D numbers keep the 2-D layout with one row, so the grids and marks serve both.
function signalNumbers(
  o: Parameters<typeof layerNumbers>[0] & { length: number },
  rng: Random,
): LayerNumbers {
  const input = Array.from({ length: o.channels }, () => [signalPattern(o.input, o.length, rng)])
  // Further channels of a pattern: shifted one cell per channel, as in 2-D.
  for (let ch = 1; ch < o.channels && o.input !== 'random'; ch++)
    input[ch] = [input[0][0].map((_, i) => input[0][0][(i - ch + o.length) % o.length])]
  const weight = Array.from({ length: o.filters }, (_, k) =>
    Array.from({ length: o.channels }, () => [kernel1d(presetFor(o.preset, k), o.kernel, rng)]),
  )
  const bias = Array.from({ length: o.filters }, (_, k) => (k % 2 === 0 ? -0.5 : 0.5))
  return { input, weight, bias }
}
