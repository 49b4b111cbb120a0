import { useMemo } from 'react'
import type { FiltersAnswer } from '../../train/tasks/digits/inspect.ts'
import { formatNumber } from '../../lesson/format.ts'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import { divergingColor, maxAbs } from '../../viz/colors.ts'
import { splitMaps } from './model.ts'

/** Side of one kernel cell, in SVG units. */
const CELL = 14

/** The first conv layer's kernels as small diverging heatmaps on one shared scale. */
export function Filters({ answer }: { answer: FiltersAnswer }) {
  const kernels = useMemo(() => splitMaps(answer.weights), [answer.weights])
  const scale = maxAbs(answer.weights.values)
  const color = useMemo(() => divergingColor(scale), [scale])
  const [, h, w] = answer.weights.shape
  return (
    <div className="digits-filters">
      <p className="digits-hint">
        Each {h}×{w} kernel of conv1, all on one scale: where a kernel is orange, ink under it
        raises that filter&apos;s response; where it is purple, ink lowers it.
      </p>
      <div className="digits-filters__list">
        {kernels.map(({ channel, rows }) => {
          const flat = rows.flat()
          const label =
            `Filter ${channel + 1}: weights from ${formatNumber(Math.min(...flat), 3)} to ` +
            `${formatNumber(Math.max(...flat), 3)}, bias ${formatNumber(answer.bias[channel], 3)}`
          return (
            <figure key={channel} className="digits-filter" tabIndex={0} aria-label={label}>
              <svg
                viewBox={`0 0 ${w * CELL} ${h * CELL}`}
                width={w * CELL * 1.6}
                aria-hidden="true"
              >
                {rows.map((row, r) =>
                  row.map((v, c) => (
                    <rect
                      key={`${r}-${c}`}
                      x={c * CELL}
                      y={r * CELL}
                      width={CELL}
                      height={CELL}
                      fill={color(v)}
                    >
                      <title>{`row ${r + 1}, column ${c + 1}: ${v}`}</title>
                    </rect>
                  )),
                )}
              </svg>
              <figcaption>{channel + 1}</figcaption>
            </figure>
          )
        })}
      </div>
      <ColorLegend color={color} min={-scale} max={scale} label="weight" />
    </div>
  )
}
