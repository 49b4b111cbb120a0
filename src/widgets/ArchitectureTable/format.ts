/** Counts as the table prints them: thousands separated, millions and billions shortened. */
export function count(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} G`
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`
  return n.toLocaleString('en-US')
}

/** The full count, for the title attribute. */
export const exact = (n: number) => n.toLocaleString('en-US')

/** A shape [C, H, W] or [F] as 96×55×55 (channels first, as the engine keeps it). */
export const shape = (s: readonly number[]) => s.join('×')
