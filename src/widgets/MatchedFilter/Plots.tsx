import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { formatNumber } from '../../lesson/format.ts'
import { indexScale, MARGIN } from './chart.ts'
import type { FilterRun } from './model.ts'
import { StemPlot } from './StemPlot.tsx'

interface PlotProps {
  run: FilterRun
  /** The hidden pattern's first sample, and the probe window's. */
  position: number
  probe: number
  width: number
  height: number
}

/** The noisy signal, the hidden pattern's place (shaded) and clean shape, and the probe window. */
export function SignalPlot({ run, position, probe, width, height }: PlotProps) {
  const k = run.kernel.length
  return (
    <StemPlot
      values={run.signal}
      length={run.signal.length}
      width={width}
      height={height}
      label={`Noisy signal of ${run.signal.length} samples; the pattern is hidden at samples ${position} to ${position + k - 1}`}
      emphasis={(i) => i >= probe && i < probe + k}
      under={(g) => {
        const hidden = g.band(position, k)
        const win = g.band(probe, k)
        return (
          <>
            <rect
              className="mf-hidden"
              x={hidden.x}
              width={hidden.width}
              y={MARGIN.top}
              height={height - MARGIN.top - MARGIN.bottom}
            />
            <rect
              className="mf-window"
              x={win.x}
              width={win.width}
              y={MARGIN.top - 8}
              height={height - MARGIN.top - MARGIN.bottom + 12}
            />
          </>
        )
      }}
      over={(g) => <path className="mf-clean" d={g.path(run.clean)} />}
    />
  )
}

interface OutputProps extends PlotProps {
  onProbe: (n: number) => void
}

/** The sliding output with its peak and the true position; a slider that moves the probe. */
export function OutputPlot({ run, position, probe, width, height, onProbe }: OutputProps) {
  const last = run.output.length - 1
  const length = run.signal.length
  const dragging = useRef(false)
  const clamp = (n: number) => Math.min(last, Math.max(0, Math.round(n)))

  const fromPointer = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    const px = ((e.clientX - box.left) / (box.width || 1)) * width
    onProbe(clamp(indexScale(length, width).invert(px)))
  }
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    // No PageUp/PageDown: a presenter's clicker sends those, and they must reach the deck.
    const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[e.key]
    if (step !== undefined) onProbe(clamp(probe + step * (e.shiftKey ? 5 : 1)))
    else if (e.key === 'Home') onProbe(0)
    else if (e.key === 'End') onProbe(last)
    else return
    e.preventDefault()
  }

  return (
    <div
      className="mf-slider"
      role="slider"
      tabIndex={0}
      aria-label="Probe position: drag or use the arrow keys"
      aria-valuemin={0}
      aria-valuemax={last}
      aria-valuenow={probe}
      aria-valuetext={`n = ${probe}, output ${formatNumber(run.output[probe] ?? NaN)}`}
      onKeyDown={onKey}
      onPointerDown={(e) => {
        dragging.current = true
        e.currentTarget.setPointerCapture?.(e.pointerId)
        fromPointer(e)
      }}
      onPointerMove={(e) => dragging.current && fromPointer(e)}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
    >
      <StemPlot
        values={run.output}
        length={length}
        width={width}
        height={height}
        label={`Output at each window start n = 0 to ${last}; highest at n = ${run.peak.at}`}
        emphasis={(i) => i === probe}
        under={(g) => {
          const x = g.sx(position)
          return (
            <g className="mf-truth">
              <line x1={x} x2={x} y1={MARGIN.top} y2={height - MARGIN.bottom} />
              <text x={x + 4} y={height - MARGIN.bottom - 4}>
                hidden
              </text>
            </g>
          )
        }}
        over={(g) => {
          const at = { x: g.sx(run.peak.at), y: g.sy(run.peak.value) }
          const leftSide = at.x > width * 0.75
          return (
            <g className="mf-peak">
              <circle cx={at.x} cy={at.y} r={7} />
              <text
                x={at.x + (leftSide ? -10 : 10)}
                y={at.y}
                dy="0.32em"
                textAnchor={leftSide ? 'end' : 'start'}
              >
                peak
              </text>
            </g>
          )
        }}
      />
    </div>
  )
}
