/**
 * Reading numbers a learner types or pastes into a grid. A typo is refused with a message saying
 * why, never turned into NaN or silently into zero.
 */

/** A parsed cell: a finite number, or the reason the text is not one. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string }

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i

/** Parses one cell ("0.5", "-3", "1e-3", "−2" with a typographic minus). */
export function parseNumber(text: string): ParsedNumber {
  const t = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/^\+/, '')
  if (t === '') return { ok: false, message: 'Type a number.' }
  if (t.includes(',') && /^-?\d+,\d+$/.test(t)) {
    return { ok: false, message: `Use a point for decimals: ${t.replace(',', '.')}` }
  }
  if (!NUMBER.test(t)) return { ok: false, message: `"${t.slice(0, 12)}" is not a number.` }
  const value = Number(t)
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' }
  if (Math.abs(value) > 1e6)
    return { ok: false, message: 'Keep values between -1,000,000 and 1,000,000.' }
  return { ok: true, value }
}

/** A parsed block of pasted text: rows of numbers, or the first problem found. */
export type ParsedMatrix = { ok: true; rows: number[][] } | { ok: false; message: string }

/**
 * Parses pasted rows (newlines or semicolons) of numbers (tabs, spaces or commas), as copied from a
 * spreadsheet, a slide or NumPy's print. Brackets are ignored. All rows must be the same length.
 */
export function parseMatrix(text: string, maxCells = 4096): ParsedMatrix {
  const lines = text
    .replace(/[[\]]/g, ' ')
    .split(/[\n;]+/)
    .map((l) => l.trim())
    .filter(Boolean)
  if (lines.length === 0) return { ok: false, message: 'Nothing to paste.' }
  const rows: number[][] = []
  for (const [r, line] of lines.entries()) {
    const cells = line.split(/[\s,]+/).filter(Boolean)
    const row: number[] = []
    for (const [c, cell] of cells.entries()) {
      const p = parseNumber(cell)
      if (!p.ok) return { ok: false, message: `Row ${r + 1}, column ${c + 1}: ${p.message}` }
      row.push(p.value)
    }
    rows.push(row)
  }
  const width = rows[0].length
  const ragged = rows.findIndex((r) => r.length !== width)
  if (ragged >= 0) {
    return {
      ok: false,
      message: `Row ${ragged + 1} has ${rows[ragged].length} numbers; row 1 has ${width}.`,
    }
  }
  if (rows.length * width > maxCells)
    return { ok: false, message: `At most ${maxCells} numbers at once.` }
  return { ok: true, rows }
}
