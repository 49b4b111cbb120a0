/**
 * Edits of a small matrix given (a weight matrix, an input vector as one row), shared by the
 * widgets whose stores hold editable givens. Pure: each returns new rows, or null for no change.
 */

/** The rows with one cell replaced, or null when (row, col) is outside the matrix. */
export function withCell(
  rows: readonly (readonly number[])[],
  row: number,
  col: number,
  value: number,
): number[][] | null {
  if (rows[row]?.[col] === undefined) return null
  const next = rows.map((r) => [...r])
  next[row][col] = value
  return next
}

/** The rows with a pasted block written over them from the top-left; cells it misses stay. */
export function withBlock(
  rows: readonly (readonly number[])[],
  block: readonly (readonly number[])[],
): number[][] {
  return rows.map((r, i) => r.map((v, j) => block[i]?.[j] ?? v))
}
