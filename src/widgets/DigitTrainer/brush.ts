/**
 * A soft round brush on a square ink grid (values in [0, 1]): full ink within half the radius,
 * fading linearly to none at the radius, like the anti-aliased pen strokes of MNIST. Ink only ever
 * grows (max, not sum), so going over a stroke twice does not make it darker than full.
 */

/** Side of the drawing grid: four times MNIST's, so the preprocessing has detail to average. */
export const PAD_SIZE = 112

/** Brush radius in grid cells: strokes come out about as thick, relative to the digit, as MNIST's. */
export const BRUSH_RADIUS = 7

/** A point on the grid, in cells (fractions allowed). */
export interface Point {
  x: number
  y: number
}

/** Ink the brush leaves at distance d from its centre. */
export function brushInk(d: number, radius = BRUSH_RADIUS): number {
  return Math.max(0, Math.min(1, (radius - d) / (radius / 2)))
}

/** Presses the brush once at p (cell centres sit at +0.5), in place. */
export function stamp(ink: Float64Array, size: number, p: Point, radius = BRUSH_RADIUS): void {
  const r0 = Math.max(0, Math.floor(p.y - radius))
  const r1 = Math.min(size - 1, Math.ceil(p.y + radius))
  const c0 = Math.max(0, Math.floor(p.x - radius))
  const c1 = Math.min(size - 1, Math.ceil(p.x + radius))
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const v = brushInk(Math.hypot(c + 0.5 - p.x, r + 0.5 - p.y), radius)
      const k = r * size + c
      if (v > ink[k]) ink[k] = v
    }
  }
}

/** Drags the brush from a to b, stamping every quarter radius so the stroke has no gaps. */
export function stroke(
  ink: Float64Array,
  size: number,
  a: Point,
  b: Point,
  radius = BRUSH_RADIUS,
): void {
  const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / (radius / 4)))
  for (let s = 0; s <= steps; s++) {
    const t = s / steps
    stamp(ink, size, { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }, radius)
  }
}

/** A 28 × 28 digit scaled up onto the drawing grid (each pixel a block), so it can be drawn over. */
export function digitToPad(pixels: readonly number[], side: number, size = PAD_SIZE): Float64Array {
  const ink = new Float64Array(size * size)
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      ink[r * size + c] =
        pixels[Math.floor((r * side) / size) * side + Math.floor((c * side) / size)]
    }
  }
  return ink
}
