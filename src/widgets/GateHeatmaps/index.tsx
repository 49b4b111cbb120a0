import { useMemo, useState, type CSSProperties } from 'react'
import { useStore } from 'zustand'
import '../ConvStepper/conv.css'
import '../../viz/grid.css'
import { useChartSize } from '../../viz/useChartSize.ts'
import type { WidgetProps } from '../types.ts'
import { CellDetail } from './CellDetail.tsx'
import { Controls } from './Controls.tsx'
import { Heatmap } from './Heatmap.tsx'
import { defaultTarget, parameterFormula, runGates } from './model.ts'
import type { GateHeatmapsConfig } from './schema.ts'
import * as sel from './store.ts'
import { UnitsNote } from './UnitsNote.tsx'
import './gates.css'

/** Gate heatmaps: every gate and state of an LSTM or GRU over a typed sequence, time × unit. */
export default function GateHeatmaps({ params, setParams }: WidgetProps) {
  const start = params.sequence as string
  // A new starting sequence (from a link or the lesson) starts a fresh store; typing edits this one.
  return <Body key={start} start={start} params={params} setParams={setParams} />
}

function Body({ start, params, setParams }: WidgetProps & { start: string }) {
  const config = params as unknown as GateHeatmapsConfig
  const [store] = useState(() => sel.createHeatmapStore(start))
  const text = useStore(store, sel.selectText)
  const sequence = useStore(store, sel.selectSequence)
  const error = useStore(store, sel.selectError)
  const chosen = useStore(store, sel.selectTarget)
  const focus = useStore(store, sel.selectFocus)
  const type = useStore(store, sel.selectType)
  const setTarget = useStore(store, sel.selectSetTarget)
  const setFocus = useStore(store, sel.selectSetFocus)
  const target =
    chosen !== null && sequence.vocab.includes(chosen) ? chosen : defaultTarget(sequence)
  const { cell, variant, hidden, seed, weights } = config
  const run = useMemo(
    () => runGates(sequence, { cell, variant, hidden, seed, weights, target }),
    [sequence, cell, variant, hidden, seed, weights, target],
  )
  const I = sequence.vocab.length
  // In one column (a phone) the equation goes right under the focused map, not a screen away.
  const { ref, width } = useChartSize<HTMLDivElement>()
  const inline = width < 560 && focus !== null
  const detail = <CellDetail run={run} focus={focus} chars={sequence.chars} />
  return (
    <div className="gates" ref={ref}>
      <Controls
        config={config}
        setParams={setParams}
        text={text}
        error={error}
        onType={type}
        sequence={sequence}
        target={target}
        onTarget={setTarget}
      />
      <p className="gates-note">
        {weights === 'seeded' ? (
          <>
            <strong>Untrained</strong>: weights drawn by the engine from seed {seed}, so the
            patterns are accidents, not learned behaviour.
          </>
        ) : (
          <UnitsNote roles={run.roles} target={target} cell={cell} />
        )}{' '}
        {I} input characters, {hidden} units:{' '}
        <span data-testid="gates-params">
          {parameterFormula(cell, variant, I, hidden)} = {run.parameters}
        </span>{' '}
        parameters.
      </p>
      <div
        className="gates-maps"
        style={{ '--gates-steps': sequence.chars.length } as CSSProperties}
      >
        {run.maps.map((m) => (
          <Heatmap key={m.key} map={m} chars={sequence.chars} focus={focus} onFocus={setFocus}>
            {inline && focus?.key === m.key ? detail : null}
          </Heatmap>
        ))}
      </div>
      {inline ? null : detail}
    </div>
  )
}
