/**
 * Argument checks shared by the spatial ops, so every one of them rejects bad input the same way: an
 * error that names the op, the argument and the shapes, never a silent NaN or a wrong-sized answer.
 */
import { fitWindow } from '../geometry/window.ts'
import { showShape, type Tensor } from '../tensor.ts'

/** A size given once for both dimensions or as [height, width], PyTorch style. */
export type Pair = number | readonly [number, number]

/** Zero padding given per side. */
export interface Padding2d {
  top: number
  bottom: number
  left: number
  right: number
}

/** Padding of a 2-D op: symmetric, [height, width], per side, or 'valid' (none) / 'same' (stride 1). */
export type Padding2dArg = Pair | Padding2d | 'valid' | 'same'

/** Padding of a 1-D op: symmetric, per side, 'valid', 'same' or 'causal' (all on the left, as in a TCN). */
export type Padding1dArg = number | { left: number; right: number } | 'valid' | 'same' | 'causal'

/** A pair from a number or a 2-tuple, checked for shape (values are checked by the geometry). */
export function pair(op: string, name: string, value: Pair): [number, number] {
  if (typeof value === 'number') return [value, value]
  if (!Array.isArray(value) || value.length !== 2) {
    throw new RangeError(
      `${op}: ${name} must be a number or [height, width], got ${JSON.stringify(value)}`,
    )
  }
  return [value[0], value[1]]
}

/** Throws unless `t` has the given rank, naming the layout the op expects. */
export function expectRank(op: string, name: string, t: Tensor, layout: string): void {
  const rank = layout.split(',').length
  if (t.ndim !== rank) {
    throw new RangeError(`${op}: ${name} must be ${rank}-D [${layout}], got ${showShape(t.shape)}`)
  }
}

/** Throws on the first NaN or infinity, with its index, so no op ever returns a silent NaN. */
export function expectFinite(op: string, name: string, t: Tensor): void {
  const d = t.data
  for (let i = 0; i < d.length; i++) {
    if (!Number.isFinite(d[i])) {
      throw new RangeError(
        `${op}: ${name} holds ${d[i]} at flat index ${i} (shape ${showShape(t.shape)})`,
      )
    }
  }
}

/**
 * Padding per side of a 2-D op. 'same' splits d(k-1) like PyTorch: the odd cell goes after (bottom,
 * right), and only stride 1 is allowed because only then does 'same' keep the size.
 */
export function padding2d(
  op: string,
  padding: Padding2dArg,
  kernel: [number, number],
  dilation: [number, number],
  stride: [number, number],
): Padding2d {
  if (padding === 'valid') return { top: 0, bottom: 0, left: 0, right: 0 }
  if (padding === 'same') {
    if (stride[0] !== 1 || stride[1] !== 1) {
      throw new RangeError(
        `${op}: padding 'same' needs stride 1, got stride [${stride.join(', ')}]`,
      )
    }
    const th = dilation[0] * (kernel[0] - 1)
    const tw = dilation[1] * (kernel[1] - 1)
    const top = Math.floor(th / 2)
    const left = Math.floor(tw / 2)
    return { top, bottom: th - top, left, right: tw - left }
  }
  if (typeof padding === 'object' && !Array.isArray(padding)) {
    const p = padding as Padding2d
    return { top: p.top, bottom: p.bottom, left: p.left, right: p.right }
  }
  const [ph, pw] = pair(op, 'padding', padding as Pair)
  return { top: ph, bottom: ph, left: pw, right: pw }
}

/** Padding of a 1-D op as [left, right]. */
export function padding1d(
  op: string,
  padding: Padding1dArg,
  kernel: number,
  dilation: number,
  stride: number,
): [number, number] {
  if (padding === 'causal') return [dilation * (kernel - 1), 0]
  if (typeof padding === 'object') return [padding.left, padding.right]
  if (typeof padding === 'number') return [padding, padding]
  const p = padding2d(op, padding, [1, kernel], [1, dilation], [1, stride])
  return [p.left, p.right]
}

/** "stride [2, 2], padding [1, 1, 1, 1], dilation [1, 1]" for error messages. */
export function showSettings(settings: Record<string, readonly number[] | number>): string {
  return Object.entries(settings)
    .map(([k, v]) => `${k} ${typeof v === 'number' ? v : showShape(v)}`)
    .join(', ')
}

/** Checks the window settings of both dimensions against the geometry and returns Ho, Wo. */
export function windowOutput(
  op: string,
  shapes: string,
  dims: Array<{
    name: string
    size: number
    kernel: number
    stride: number
    dilation: number
    pad: [number, number]
  }>,
): number[] {
  return dims.map(({ name, size, kernel, stride, dilation, pad }) => {
    const fit = fitWindow({ size, kernel, stride, dilation, padBefore: pad[0], padAfter: pad[1] })
    if (!fit.valid) throw new RangeError(`${op}: ${name}: ${fit.errors.join('; ')} (${shapes})`)
    return fit.output
  })
}

/** Batch, channel and filter counts must be whole and at least 1. */
export function expectCounts(op: string, shapes: string, counts: Record<string, number>): void {
  for (const [what, n] of Object.entries(counts)) {
    if (!Number.isInteger(n) || n < 1)
      throw new RangeError(`${op}: ${what} must be at least 1, got ${n} (${shapes})`)
  }
}
