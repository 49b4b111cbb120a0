import type { ActivationName } from '../../engine/activations.ts'
import { Segmented } from '../../viz/Segmented.tsx'
import { useChartSize } from '../../viz/useChartSize.ts'
import type { WidgetProps } from '../types.ts'
import { ActivationChart } from './ActivationChart.tsx'
import { evaluateAt, SATURATION_SLOPE } from './chart.ts'
import { Readout } from './Readout.tsx'
import './activation.css'

const LABELS: Record<ActivationName, string> = {
  sigmoid: 'Sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'Leaky ReLU',
}

/** Activation explorer: pick a function, move x, read f(x) and f′(x) computed by the engine. */
export default function ActivationExplorer({ params, setParams }: WidgetProps) {
  const fn = params.fn as ActivationName
  const x = params.x as number
  const slope = params.slope as number
  const derivative = params.derivative as boolean
  const depth = params.depth as number
  const { ref, width, height } = useChartSize<HTMLDivElement>()
  const { y, dy } = evaluateAt({ fn, slope }, x)

  return (
    <div className="act">
      <div className="act__controls" data-controls>
        <Segmented
          label="Function"
          param="fn"
          choices={(Object.keys(LABELS) as ActivationName[]).map((name) => ({
            value: name,
            text: LABELS[name],
          }))}
          value={fn}
          onChange={(name) => setParams({ fn: name })}
        />
        <label className="act__slider">
          <span>x</span>
          <input
            type="range"
            min={-6}
            max={6}
            step={0.1}
            value={x}
            onChange={(e) => setParams({ x: Number(e.target.value) })}
          />
        </label>
        {fn === 'leakyRelu' ? (
          <label className="act__slider">
            <span>slope</span>
            <input
              type="range"
              min={0}
              max={0.5}
              step={0.01}
              value={slope}
              onChange={(e) => setParams({ slope: Number(e.target.value) })}
            />
          </label>
        ) : null}
        <label className="act__slider">
          <span>layers</span>
          <input
            type="range"
            min={1}
            max={30}
            step={1}
            value={depth}
            onChange={(e) => setParams({ depth: Number(e.target.value) })}
          />
        </label>
        <label className="act__check">
          <input
            type="checkbox"
            checked={derivative}
            onChange={(e) => setParams({ derivative: e.target.checked })}
          />{' '}
          show slope f′
        </label>
      </div>
      <div className="act__chart" ref={ref}>
        <ActivationChart
          fn={fn}
          slope={slope}
          x={x}
          derivative={derivative}
          width={width}
          height={height}
          label={LABELS[fn]}
          onX={(v) => setParams({ x: v })}
        />
        <p className="act__legend">
          <span className="act__key act__key--f">f(x)</span>
          {derivative ? <span className="act__key act__key--df">f′(x)</span> : null}
          <span className="act__key act__key--band">slope below {SATURATION_SLOPE}</span>
        </p>
      </div>
      <Readout fn={fn} slope={slope} x={x} y={y} dy={dy} depth={depth} />
    </div>
  )
}
