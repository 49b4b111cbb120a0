/**
 * Turns a drawing into a digit the network was trained on, the way MNIST itself was made: the ink's
 * bounding box is scaled (keeping its aspect ratio) to fit a 20 × 20 box, anti-aliased by averaging
 * the area each new pixel covers, placed in a 28 × 28 field, and shifted so its centre of mass lands
 * on the field's centre. A digit drawn small in a corner thus reaches the network as MNIST's would.
 */

/** Side of the digit MNIST and the network use. */
export const DIGIT_SIDE = 28

/** Side of the box the ink's longer side is scaled to. */
export const BOX = 20

/** Ink below this counts as paper when finding the bounding box. */
const PAPER = 0.05

/** The rows and columns that hold ink, or null for a blank drawing. */
export function inkBounds(
  ink: ArrayLike<number>,
  size: number,
): { top: number; left: number; bottom: number; right: number } | null {
  let top = size
  let left = size
  let bottom = -1
  let right = -1
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (ink[r * size + c] <= PAPER) continue
      top = Math.min(top, r)
      bottom = Math.max(bottom, r)
      left = Math.min(left, c)
      right = Math.max(right, c)
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right }
}

/** How much of source cell [i, i + 1) lies inside [from, to), for every cell the span touches. */
function coverage(from: number, to: number): { index: number; weight: number }[] {
  const out: { index: number; weight: number }[] = []
  for (let i = Math.floor(from); i < to; i++) {
    const weight = Math.min(i + 1, to) - Math.max(i, from)
    if (weight > 0) out.push({ index: i, weight })
  }
  return out
}

/** Resamples rows × cols of `ink` (starting at top, left) to h × w, each pixel the mean over its area. */
function resample(
  ink: ArrayLike<number>,
  size: number,
  box: { top: number; left: number; rows: number; cols: number },
  h: number,
  w: number,
): Float64Array {
  const out = new Float64Array(h * w)
  const sy = box.rows / h
  const sx = box.cols / w
  const xs = Array.from({ length: w }, (_, x) => coverage(x * sx, (x + 1) * sx))
  for (let y = 0; y < h; y++) {
    for (const { index: i, weight: wy } of coverage(y * sy, (y + 1) * sy)) {
      const row = (box.top + i) * size + box.left
      for (let x = 0; x < w; x++) {
        let s = 0
        for (const { index: j, weight: wx } of xs[x]) s += wx * ink[row + j]
        out[y * w + x] += wy * s
      }
    }
  }
  const area = sy * sx
  for (let k = 0; k < out.length; k++) out[k] = Math.min(1, out[k] / area)
  return out
}

/** The centre of mass (row, column) of a rows × cols image, or null if it holds no ink. */
export function centreOfMass(
  image: ArrayLike<number>,
  rows: number,
  cols: number,
): { row: number; col: number } | null {
  let mass = 0
  let row = 0
  let col = 0
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = image[r * cols + c]
      mass += v
      row += v * r
      col += v * c
    }
  }
  return mass > 0 ? { row: row / mass, col: col / mass } : null
}

/**
 * MNIST-style preprocessing of a square drawing (ink in [0, 1], size × size, row-major): 784 pixels,
 * or null when nothing is drawn.
 */
export function preprocessDigit(ink: ArrayLike<number>, size: number): number[] | null {
  const bounds = inkBounds(ink, size)
  if (!bounds) return null
  const rows = bounds.bottom - bounds.top + 1
  const cols = bounds.right - bounds.left + 1
  const scale = BOX / Math.max(rows, cols)
  const h = Math.max(1, Math.round(rows * scale))
  const w = Math.max(1, Math.round(cols * scale))
  const small = resample(ink, size, { top: bounds.top, left: bounds.left, rows, cols }, h, w)
  const mass = centreOfMass(small, h, w) ?? { row: (h - 1) / 2, col: (w - 1) / 2 }
  // MNIST's digits have their centre of mass at pixel (14, 14) on average (measured on the packed
  // set), half a pixel below and right of the geometric middle: match the data, not the geometry.
  const middle = DIGIT_SIDE / 2
  const top = Math.round(middle - mass.row)
  const left = Math.round(middle - mass.col)
  const out = new Array<number>(DIGIT_SIDE * DIGIT_SIDE).fill(0)
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const r = top + y
      const c = left + x
      if (r >= 0 && r < DIGIT_SIDE && c >= 0 && c < DIGIT_SIDE)
        out[r * DIGIT_SIDE + c] = small[y * w + x]
    }
  }
  return out
}
