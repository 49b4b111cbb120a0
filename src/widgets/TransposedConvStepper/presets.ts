/**
 * The numbers a stamp stepper starts from: an input pattern and a kernel from the chosen presets
 * and seed. Plain arrays; the learner's edits go on top (store.ts).
 */
import { Random } from '../../engine/random.ts'
import type { StampInput, StampKernel } from './schema.ts'

type Grid = number[][]

const grid = (n: number, f: (r: number, c: number) => number): Grid =>
  Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => f(r, c)))

// One decimal keeps random values readable in a cell while still giving signed, uneven sums.
const tenth = (rng: Random) => Math.round(rng.uniform(-1, 1) * 10) / 10

/**
 * The tent 1 - |i - centre| / factor along one axis, as FCN's bilinear-upsampling initialisation
 * builds it: for size 3, [0.5, 1, 0.5], which with stride 2 and padding 1 interpolates bilinearly.
 */
export function tent(k: number): number[] {
  const factor = Math.ceil(k / 2)
  const centre = k % 2 === 1 ? factor - 1 : factor - 0.5
  return Array.from({ length: k }, (_, i) => 1 - Math.abs(i - centre) / factor)
}

/** A k x k kernel from a preset. */
export function stampKernel(preset: StampKernel, k: number, rng: Random): Grid {
  switch (preset) {
    case 'bilinear': {
      const t = tent(k)
      return grid(k, (r, c) => t[r] * t[c])
    }
    case 'ones':
      return grid(k, () => 1)
    case 'random':
      return grid(k, () => tenth(rng))
  }
}

/** An n x n input from a pattern. */
export function stampInput(pattern: StampInput, n: number, rng: Random): Grid {
  const mid = Math.floor(n / 2)
  switch (pattern) {
    case 'count':
      return grid(n, (r, c) => r * n + c + 1)
    case 'impulse':
      return grid(n, (r, c) => (r === mid && c === mid ? 1 : 0))
    case 'ones':
      return grid(n, () => 1)
    case 'random':
      return grid(n, () => tenth(rng))
  }
}

/** The starting input and kernel; the same arguments always give the same numbers. */
export function stampNumbers(o: {
  size: number
  kernel: number
  input: StampInput
  preset: StampKernel
  seed: number
}): { input: Grid; kernel: Grid } {
  const rng = new Random(o.seed)
  return { input: stampInput(o.input, o.size, rng), kernel: stampKernel(o.preset, o.kernel, rng) }
}
