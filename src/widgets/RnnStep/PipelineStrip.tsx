import { useId, useMemo } from 'react'
import { formatNumber } from '../../lesson/format.ts'
import { inkOn } from '../../viz/colors.ts'
import type { StepModel } from './model.ts'
import { pipeline } from './pipeline.ts'

const UNITS_PER_EM = 20

// SVG has no <sub>: a smaller, lowered tspan does the same job.
function Label({ text, sub }: { text: string; sub?: string }) {
  return (
    <>
      {text}
      {sub ? (
        <tspan className="rnn-step__sub" dy={3}>
          {sub}
        </tspan>
      ) : null}
    </>
  )
}

/** The step as a strip of heat-coloured vectors: [h, x] → z → a → h_t, the operations on arrows. */
export function PipelineStrip({
  model,
  color,
}: {
  model: StepModel
  color: (v: number) => string
}) {
  const p = useMemo(() => pipeline(model), [model])
  const mid = p.cellY + p.cellHeight / 2
  // Two calculators on one page need distinct marker ids; useId's colons are not valid in url(#…).
  const head = `rnn-step-head-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  return (
    <div className="rnn-step__strip" tabIndex={0} role="region" aria-label="Data flow of the step">
      <svg
        viewBox={`0 0 ${p.width} ${p.height}`}
        style={{ width: `${p.width / UNITS_PER_EM}em` }}
        role="img"
        aria-label={`h_t = ${model.h.map((v) => formatNumber(v)).join(', ')}`}
      >
        <defs>
          <marker
            id={head}
            viewBox="0 0 8 8"
            refX="7"
            refY="4"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L8,4 L0,8 z" className="rnn-step__head" />
          </marker>
        </defs>
        {p.brackets.map((b) => (
          <g key={b.text} className="rnn-step__bracket">
            <path d={`M${b.x},22 V16 H${b.x + b.width} V22`} />
            <text x={b.x + b.width / 2} y={11}>
              <Label {...b} />
            </text>
          </g>
        ))}
        {p.cells.map((c, i) => {
          const fill = color(c.value)
          return (
            <g key={i}>
              <rect
                x={c.x}
                y={p.cellY}
                width={p.cellWidth}
                height={p.cellHeight}
                rx={4}
                fill={fill}
                className="rnn-step__cell"
              />
              <text x={c.x + p.cellWidth / 2} y={mid} fill={inkOn(fill)} className="rnn-step__num">
                {formatNumber(c.value, 3)}
              </text>
            </g>
          )
        })}
        {p.arrows.map((a) => (
          <g key={a.label} className="rnn-step__arrow">
            <line x1={a.x1} x2={a.x2} y1={mid} y2={mid} markerEnd={`url(#${head})`} />
            <text x={(a.x1 + a.x2) / 2} y={p.cellY - 4}>
              {a.label}
            </text>
          </g>
        ))}
        {p.captions.map((c) => (
          <text key={c.text} x={c.x + c.width / 2} y={p.height - 6} className="rnn-step__cap">
            <Label {...c} />
          </text>
        ))}
      </svg>
    </div>
  )
}
