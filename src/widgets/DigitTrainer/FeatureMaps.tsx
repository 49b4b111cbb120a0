import { useMemo } from 'react'
import type { FeatureMapsAnswer, MapStack } from '../../train/tasks/digits/inspect.ts'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import { sequentialColor } from '../../viz/colors.ts'
import { HeatCanvas } from './HeatCanvas.tsx'
import { inkShade, largest, splitMaps } from './model.ts'

/** Displayed width of one map of each stage: pooled maps keep their parent's size, so cells grow. */
const WIDTH: Record<number, number> = { 24: 42, 12: 42, 8: 30, 4: 30 }

/** Every channel of one stage, on one colour scale from 0 to the stage's largest activation. */
function Stage({ stack }: { stack: MapStack }) {
  const maps = useMemo(() => splitMaps(stack), [stack])
  const max = largest(stack.values)
  const color = useMemo(() => sequentialColor(max), [max])
  const [c, h, w] = stack.shape
  return (
    <section className="digits-stage" aria-label={`${stack.label}: ${c} maps of ${h}×${w}`}>
      <h4>
        {stack.label} <span className="digits-shape">{`${c}×${h}×${w}`}</span>
      </h4>
      <div className="digits-maps">
        {maps.map((m) => (
          <HeatCanvas
            key={m.channel}
            rows={m.rows}
            color={color}
            width={WIDTH[w] ?? 48}
            label={`${stack.label}, channel ${m.channel + 1}: largest value ${largest(m.rows.flat(), 0).toPrecision(3)}`}
          />
        ))}
      </div>
      <ColorLegend color={color} min={0} max={max} label="activation" />
    </section>
  )
}

const grey = (v: number) => `rgb(${inkShade(v).join(', ')})`

/** The 28 × 28 digit as the network reads it (after the MNIST-style preprocessing of a drawing). */
export function NetworkInput({ input }: { input: readonly number[] }) {
  const rows = useMemo(
    () => Array.from({ length: 28 }, (_, r) => input.slice(r * 28, r * 28 + 28)),
    [input],
  )
  return (
    <figure className="digits-seen">
      <HeatCanvas rows={rows} color={grey} width={56} label="The 28×28 digit the network reads" />
      <figcaption>what the network reads, 28×28</figcaption>
    </figure>
  )
}

/** The maps after each conv and pool stage. */
export function FeatureMaps({ answer }: { answer: FeatureMapsAnswer }) {
  return (
    <div className="digits-stages">
      {answer.stages.map((stack) => (
        <Stage key={stack.label} stack={stack} />
      ))}
    </div>
  )
}
