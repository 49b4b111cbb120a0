/** Options of the fuzz mode, read from `?fuzz&fuzzSeed=7&fuzzEvents=2000` (page or hash query). */
export interface FuzzOptions {
  seed: number
  events: number
}

/** Parses fuzz options; null when `fuzz` is absent. Bad numbers fall back to safe defaults. */
export function fuzzOptionsFrom(search: string, hash = ''): FuzzOptions | null {
  const hashQuery = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : ''
  const params = new URLSearchParams(search)
  const fromHash = new URLSearchParams(hashQuery)
  const get = (k: string) => params.get(k) ?? fromHash.get(k)
  if (!params.has('fuzz') && !fromHash.has('fuzz')) return null
  const int = (k: string, fallback: number, max: number) => {
    const v = get(k)
    const n = v !== null && /^\d{1,9}$/.test(v) ? Number(v) : fallback
    return Math.min(n, max)
  }
  return { seed: int('fuzzSeed', 1, 2 ** 31), events: int('fuzzEvents', 1000, 1_000_000) }
}
