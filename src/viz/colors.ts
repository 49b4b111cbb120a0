/**
 * Colour scales for numbers on grids and heatmaps. Signed values use a diverging purple-white-orange
 * scale (ColorBrewer PuOr, distinguishable with the common colour-vision deficiencies); zero is
 * white, so sign and size read at a glance. Text on a cell switches to white where the fill is dark.
 */
import { interpolatePuOr, interpolateBlues, scaleDiverging, scaleSequential } from 'd3'

/** value -> fill colour, symmetric around zero, saturating at ±maxAbs. */
export function divergingColor(maxAbs: number): (value: number) => string {
  const m = maxAbs > 0 && Number.isFinite(maxAbs) ? maxAbs : 1
  // d3's PuOr runs purple (t = 0) to orange (t = 1): negative values cool, positive warm.
  const scale = scaleDiverging(interpolatePuOr).domain([-m, 0, m]).clamp(true)
  return (v) => scale(v)
}

/** value -> fill colour for values that are never negative (probabilities, sizes). */
export function sequentialColor(max: number): (value: number) => string {
  const scale = scaleSequential(interpolateBlues)
    .domain([0, max > 0 ? max : 1])
    .clamp(true)
  return (v) => scale(v)
}

/** Black or white text, whichever contrasts more with a CSS rgb() fill (always at least 4.5:1). */
export function inkOn(fill: string): string {
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(fill)
  if (!m) return 'var(--ink)'
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const s = Number(c) / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
  // WCAG contrast against white and against black text: take the better. Pure black (not the
  // page's navy ink) is what guarantees 4.5:1 on every mid-tone a scale can produce.
  const onWhite = 1.05 / (luminance + 0.05)
  const onBlack = (luminance + 0.05) / 0.05
  return onWhite > onBlack ? '#fff' : '#000'
}

/** The largest |value| in a list, at least `floor` so an all-zero grid still has a scale. */
export function maxAbs(values: Iterable<number>, floor = 1e-9): number {
  let m = floor
  for (const v of values) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v))
  return m
}
