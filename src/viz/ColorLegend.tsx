import { formatNumber } from '../lesson/format.ts'

/** A horizontal colour bar with its end values (and zero, for a diverging scale). */
export function ColorLegend({
  color,
  min,
  max,
  label,
}: {
  color: (v: number) => string
  min: number
  max: number
  label: string
}) {
  const stops = Array.from({ length: 11 }, (_, i) => {
    const v = min + ((max - min) * i) / 10
    return `${color(v)} ${i * 10}%`
  })
  return (
    <figure
      className="color-legend"
      aria-label={`${label}: colour scale from ${formatNumber(min)} to ${formatNumber(max)}`}
    >
      <figcaption>{label}</figcaption>
      <div
        className="color-legend__bar"
        style={{ background: `linear-gradient(to right, ${stops.join(', ')})` }}
      />
      <div className="color-legend__ticks" aria-hidden="true">
        <span>{formatNumber(min, 2)}</span>
        {min < 0 && max > 0 ? <span>0</span> : null}
        <span>{formatNumber(max, 2)}</span>
      </div>
    </figure>
  )
}
