import type { WEATHER } from '../../train/tasks/ice-cream/meta.ts'

/** Props: which weather to draw. The icon is decorative; the card names the weather in text. */
interface Props {
  kind: (typeof WEATHER)[number]
}

const RAYS = Array.from({ length: 8 }, (_, k) => (k * Math.PI) / 4)
const CLOUD = 'M7 18h10.5a3.5 3.5 0 0 0 .4-7 5 5 0 0 0-9.6-1.3A4 4 0 0 0 7 18z'

/** A small sun, cloud or rain cloud drawn in SVG (emoji fonts are not everywhere). */
export function WeatherIcon({ kind }: Props) {
  return (
    <svg className={`ic-icon ic-icon--${kind}`} viewBox="0 0 24 24" aria-hidden="true">
      {kind === 'sunny' ? (
        <>
          <circle cx={12} cy={12} r={4.6} />
          {RAYS.map((a) => (
            <line
              key={a}
              x1={12 + 7 * Math.cos(a)}
              y1={12 + 7 * Math.sin(a)}
              x2={12 + 10 * Math.cos(a)}
              y2={12 + 10 * Math.sin(a)}
            />
          ))}
        </>
      ) : (
        <path
          d={
            kind === 'rainy'
              ? 'M7 14h10.5a3.5 3.5 0 0 0 .4-7 5 5 0 0 0-9.6-1.3A4 4 0 0 0 7 14z'
              : CLOUD
          }
        />
      )}
      {kind === 'rainy'
        ? [8, 12, 16].map((x) => (
            <line key={x} className="ic-icon__drop" x1={x} y1={17} x2={x - 1.5} y2={22} />
          ))
        : null}
    </svg>
  )
}
