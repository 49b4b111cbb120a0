import { useId } from 'react'
import { arrowY, DIAGRAM, diagramTop, faces, volumeBoxes } from './diagram.ts'

/** Input volume, one filter spanning its full depth, and the output volume, as a sketch. */
export function VolumeDiagram({
  input,
  kernel,
  output,
}: {
  input: [number, number, number]
  kernel: number
  output: [number, number, number] | null
}) {
  // Marker ids are page-global: two calculators on one page need their own.
  const arrow = `shape-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const boxes = volumeBoxes(input, kernel, output)
  const top = diagramTop(boxes)
  const ay = arrowY(boxes)
  const summary = `Input ${boxes[0].label}, one filter ${boxes[1].label}, ${output ? `output ${boxes[2].label}` : 'no output'}`
  return (
    <svg
      className="shape-diagram"
      viewBox={`0 ${top} ${DIAGRAM.width} ${DIAGRAM.base + DIAGRAM.below - top}`}
      role="img"
      aria-label={summary}
    >
      <defs>
        <marker
          id={arrow}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" className="shape-diagram__arrowhead" />
        </marker>
      </defs>
      {boxes.map((b, i) => {
        const f = faces(b)
        return (
          <g key={b.caption} className={`shape-box shape-box--${i}`}>
            <polygon points={f.top} className="shape-box__top" />
            <polygon points={f.side} className="shape-box__side" />
            <polygon points={f.front} className="shape-box__front" />
            <text
              x={b.x + b.w / 2}
              y={DIAGRAM.base + 16}
              textAnchor="middle"
              className="shape-box__label"
            >
              {b.label}
            </text>
            <text
              x={b.x + b.w / 2}
              y={DIAGRAM.base + 29}
              textAnchor="middle"
              className="shape-box__caption"
            >
              {b.caption}
            </text>
          </g>
        )
      })}
      <line
        x1={160}
        x2={200}
        y1={ay}
        y2={ay}
        className="shape-diagram__arrow"
        markerEnd={`url(#${arrow})`}
      />
      <line
        x1={320}
        x2={370}
        y1={ay}
        y2={ay}
        className="shape-diagram__arrow"
        markerEnd={`url(#${arrow})`}
      />
      {output ? null : (
        <text x={440} y={ay} textAnchor="middle" className="shape-box__none">
          no output
        </text>
      )}
    </svg>
  )
}
