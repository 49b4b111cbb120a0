import { useMemo, useState } from 'react'
import { useChartSize } from '../../viz/useChartSize.ts'
import type { WidgetProps } from '../types.ts'
import { MAX_PINS, PIN_COLOURS, PIN_DASHES } from './chart.ts'
import { ClipPanel } from './ClipPanel.tsx'
import { Controls } from './Controls.tsx'
import { FlowChart, type DrawnSeries } from './FlowChart.tsx'
import { Legend, settingsLabel } from './Legend.tsx'
import {
  clipDemo,
  farEndGradient,
  flowCurve,
  type FlowActivation,
  type FlowCurve,
  type FlowSettings,
} from './model.ts'
import { Readout } from './Readout.tsx'
import './gradientFlow.css'

/** A pinned curve keeps its colour slot for life, so unpinning one never recolours the others. */
interface Pin {
  id: string
  slot: number
  curve: FlowCurve
}

/** Gradient-flow plot: ||dh_T/dh_t|| against T − t on a log scale, computed by the engine. */
export default function GradientFlow({ params, setParams }: WidgetProps) {
  const { sigma, activation, length, seed, input, clip } = params as {
    sigma: number
    activation: FlowActivation
    length: number
    seed: number
    input: number
    clip: number
  }
  const settings: FlowSettings = useMemo(
    () => ({ sigma, activation, length, seed, input }),
    [sigma, activation, length, seed, input],
  )
  const curve = useMemo(() => flowCurve(settings), [settings])
  const clipped = useMemo(
    () => (clip > 0 ? clipDemo(farEndGradient(settings), clip) : null),
    [settings, clip],
  )
  const [pins, setPins] = useState<Pin[]>([])
  const [cursorAt, setCursor] = useState<number | null>(null)
  const cursor = Math.min(cursorAt ?? length, length)
  const { ref, width, height } = useChartSize<HTMLDivElement>(0.5, 190, 340)

  const label = settingsLabel(settings)
  const alreadyPinned = pins.some((p) => p.id === label)
  const pin = () => {
    const used = new Set(pins.map((p) => p.slot))
    const slot = PIN_COLOURS.findIndex((_, i) => !used.has(i))
    if (slot >= 0 && !alreadyPinned) setPins([...pins, { id: label, slot, curve }])
  }
  const pinned: DrawnSeries[] = pins.map((p) => ({
    id: p.id,
    norms: p.curve.norms,
    colour: PIN_COLOURS[p.slot],
    dash: PIN_DASHES[p.slot],
  }))
  const current: DrawnSeries = {
    id: `now:${label}`,
    norms: curve.norms,
    colour: 'var(--ink)',
    current: true,
  }

  return (
    <div className={clipped ? 'gf gf--clip' : 'gf'}>
      <Controls settings={settings} clip={clip} setParams={setParams} />
      <div className="gf__chart" ref={ref}>
        <FlowChart
          series={[...pinned, current]}
          width={width}
          height={height}
          cursor={cursor}
          length={length}
          valueAtCursor={curve.norms[cursor]}
          onCursor={setCursor}
        />
      </div>
      <div className="gf__below">
        <div className="gf__pinbar">
          <button type="button" onClick={pin} disabled={alreadyPinned || pins.length >= MAX_PINS}>
            {alreadyPinned
              ? 'This curve is pinned'
              : pins.length >= MAX_PINS
                ? `${MAX_PINS} pinned: unpin one first`
                : 'Pin this curve'}
          </button>
          {pins.length > 0 ? (
            <button type="button" onClick={() => setPins([])}>
              Clear pins
            </button>
          ) : null}
        </div>
        <Legend
          entries={[current, ...pinned].map((s, i) => ({
            series: s,
            label: i === 0 ? label : s.id,
          }))}
          onUnpin={(id) => setPins(pins.filter((p) => p.id !== id))}
        />
      </div>
      <Readout curve={curve} cursor={cursor} />
      {clipped ? <ClipPanel result={clipped} maxNorm={clip} /> : null}
    </div>
  )
}
