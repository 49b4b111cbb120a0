/**
 * Starting numbers for one LSTM or GRU step. The decks give the equations but no worked numbers,
 * so the example is hand-picked: the tanh slide's h_{t-1} and x_t, and weights chosen so that the
 * two units behave differently (one keeps its memory, the other overwrites it).
 */
import { Random, xavierUniform, zeros } from '../../engine/index.ts'
import { tenth, type StepInputs } from './presets.ts'

/** The gated cells the calculator can step. */
export type GatedCell = 'lstm' | 'gru'

/** Blocks of W's columns: LSTM i, f, g, o and GRU r, z, n, in PyTorch's order. */
export const GATES: Record<GatedCell, readonly string[]> = {
  lstm: ['i', 'f', 'g', 'o'],
  gru: ['r', 'z', 'n'],
}

/** The LSTM example: W is (H + D) x 4H, columns i1 i2 | f1 f2 | g1 g2 | o1 o2; b starts f at 1. */
export const EXAMPLE_LSTM: StepInputs = {
  h: [0, 1],
  x: [1, 0],
  c: [0.5, -1],
  W: [
    [0.5, -0.5, 0.2, 0.1, -0.3, 0.4, 0.1, 0.2],
    [-1, 1, 0.5, -1.5, 0.5, 1, 1, 0.5],
    [-0.5, 1, 1, -1.5, 0.5, -1.5, 0.5, 1],
    [0.3, 0.2, -0.4, 0.6, 1, 0.1, -0.2, 0.3],
  ],
  b: [0, 0, 1, 1, 0, 0, 0, 0],
}

/** The GRU example: W is (H + D) x 3H, columns r1 r2 | z1 z2 | n1 n2. */
export const EXAMPLE_GRU: StepInputs = {
  h: [0, 1],
  x: [1, 0],
  W: [
    [0.4, -0.2, 0.3, 0.1, 0.5, -0.5],
    [1, -1, 1.5, -1, 1, 1.5],
    [0.5, -1, 0.5, -1, 0.5, -1],
    [-0.3, 0.2, 0.1, 0.4, -0.6, 0.2],
  ],
  b: [0, 0, 0, 0, 0.1, -0.1],
}

/** The hand-picked example of a cell. */
export function gatedExample(cell: GatedCell): StepInputs {
  return cell === 'lstm' ? EXAMPLE_LSTM : EXAMPLE_GRU
}

/** Small random givens: W from Xavier-uniform init, states and x in (-1, 1), b in (-0.5, 0.5). */
export function randomGated(
  cell: GatedCell,
  seed: number,
  hidden: number,
  inputs: number,
): StepInputs {
  const rng = new Random(seed)
  const columns = GATES[cell].length * hidden
  const w = xavierUniform(zeros([hidden + inputs, columns]), rng).toArray() as number[][]
  const vector = (n: number, r: number) =>
    Array.from({ length: n }, () => tenth(rng.uniform(-r, r)))
  const h = vector(hidden, 1)
  const x = vector(inputs, 1)
  const b = vector(columns, 0.5)
  return {
    h,
    x,
    W: w.map((row) => row.map(tenth)),
    b,
    ...(cell === 'lstm' ? { c: vector(hidden, 1) } : {}),
  }
}
