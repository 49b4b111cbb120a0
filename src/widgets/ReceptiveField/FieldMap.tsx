import { inkOn } from '../../viz/colors.ts'
import { formatNumber } from '../../lesson/format.ts'

/** Inclusive box [top, left, bottom, right] in cell coordinates. */
export type Box = [number, number, number, number]

interface Props {
  /** What the map is, for screen readers and the caption. */
  label: string
  /** Gradient per cell, rows first; nonzero cells are the ones the unit depends on. */
  values: number[][]
  color: (v: number) => string
  /** The theoretical field, clipped to the map (dashed outline). */
  outline?: Box | null
  /** A cell to ring (the inspected unit on its own map). */
  ring?: [number, number] | null
  /** Print the numbers in the cells (small maps only). */
  numbers?: boolean
}

/** One map of cells: the ones with a nonzero gradient filled, the theoretical field outlined. */
export function FieldMap({ label, values, color, outline, ring, numbers }: Props) {
  const rows = values.length
  const cols = values[0]?.length ?? 0
  return (
    <svg
      className="rf-map"
      viewBox={`-0.1 -0.1 ${cols + 0.2} ${rows + 0.2}`}
      style={{ aspectRatio: `${cols + 0.2} / ${rows + 0.2}`, ['--rf-cols' as string]: cols }}
      role="img"
      aria-label={label}
    >
      {values.map((row, r) =>
        row.map((v, c) => {
          const fill = v !== 0 ? color(v) : 'var(--paper)'
          return (
            <g key={`${r}-${c}`} data-cell={`${r}-${c}`} data-grad={v}>
              <title>{`row ${r + 1}, column ${c + 1}: ∂y/∂x = ${v}`}</title>
              <rect className="rf-cell" x={c} y={r} width={1} height={1} fill={fill} />
              {numbers && v !== 0 ? (
                <text x={c + 0.5} y={r + 0.62} fill={inkOn(fill)} className="rf-num">
                  {formatNumber(v, 3)}
                </text>
              ) : null}
            </g>
          )
        }),
      )}
      {outline ? (
        <rect
          className="rf-outline"
          x={outline[1]}
          y={outline[0]}
          width={outline[3] - outline[1] + 1}
          height={outline[2] - outline[0] + 1}
        />
      ) : null}
      {ring ? <rect className="rf-ring" x={ring[1]} y={ring[0]} width={1} height={1} /> : null}
    </svg>
  )
}

/** 1-D: the input and every hidden layer, one row each, input first (the TCN picture). */
export function LayerStack({
  maps,
  outline,
  color,
  numbers,
}: {
  /** Gradient rows of the input, then of each hidden layer. */
  maps: number[][][]
  /** The theoretical field on the input row. */
  outline: Box | null
  color: (v: number) => string
  numbers: boolean
}) {
  return (
    <div className="rf-stack">
      {maps.map((values, i) => {
        const name = i === 0 ? 'input' : `layer ${i}`
        const count = values[0].filter((v) => v !== 0).length
        return (
          <div key={i} className="rf-stack__row">
            <span className="rf-stack__label">{name}</span>
            <FieldMap
              label={`${name}: ${count} cells reach the unit`}
              values={values}
              color={color}
              outline={i === 0 ? outline : null}
              numbers={numbers}
            />
          </div>
        )
      })}
    </div>
  )
}
