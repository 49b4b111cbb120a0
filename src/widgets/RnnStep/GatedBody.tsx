import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import { divergingColor, maxAbs } from '../../viz/colors.ts'
import { NumberGrid } from '../../viz/NumberGrid.tsx'
import { GatedWorking } from './GatedWorking.tsx'
import { GATES, type GatedCell } from './gatedPresets.ts'
import { gatedStep } from './gatedStep.ts'
import { Givens } from './Givens.tsx'
import type { StepInputs } from './presets.ts'
import { StageBar } from './StageBar.tsx'
import { createStepStore, selectB, selectC, selectH, selectW, selectX } from './store.ts'
import './gated.css'

interface Props {
  cell: GatedCell
  /** The preset's numbers; edits live in this instance's store. */
  initial: StepInputs
}

/** One LSTM or GRU step: editable givens, the working stage by stage, and the new states. */
export function GatedBody({ cell, initial }: Props) {
  const [store] = useState(() => createStepStore(initial))
  const [stage, setStage] = useState('a')
  const h = useStore(store, selectH)
  const x = useStore(store, selectX)
  const W = useStore(store, selectW)
  const b = useStore(store, selectB)
  const c = useStore(store, selectC)
  const step = useMemo(() => gatedStep(cell, { h, x, W, b, c }), [cell, h, x, W, b, c])
  const scale = maxAbs([...h, ...x, ...W.flat(), ...b, ...(c ?? []), ...step.preact])
  const color = divergingColor(scale)
  const ids = step.sections.map((s) => s.id)
  const shown = stage === 'all' ? step.sections : step.sections.filter((s) => s.id === stage)

  return (
    <div className="rnn-step__body rnn-step__body--gated">
      {/* The new states sit under the givens, so the working keeps the full height beside them. */}
      <div className="rnn-step__left">
        <Givens store={store} color={color} gates={GATES[cell]} />
        <div className="rnn-step__foot">
          {step.states.map((s) => (
            <div key={s.name} className="rnn-step__given rnn-step__state">
              <span className="rnn-step__caption">
                {s.name}
                <sub>t</sub>
              </span>
              <NumberGrid values={[s.values]} label={s.label} color={color} />
            </div>
          ))}
          <ColorLegend color={color} min={-scale} max={scale} label="value (colour)" />
        </div>
      </div>
      <div className="rnn-step__working">
        <StageBar stages={step.sections} value={stage} onChange={setStage} />
        <GatedWorking sections={shown} numbered={ids} />
      </div>
    </div>
  )
}
