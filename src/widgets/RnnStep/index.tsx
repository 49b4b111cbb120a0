import { useId, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import { divergingColor, maxAbs } from '../../viz/colors.ts'
import type { WidgetProps } from '../types.ts'
import { Givens } from './Givens.tsx'
import { stepModel } from './model.ts'
import { PipelineStrip } from './PipelineStrip.tsx'
import { DECK_STEP, isDeckStep, randomStep, type StepInputs } from './presets.ts'
import { createStepStore, selectB, selectH, selectW, selectX } from './store.ts'
import { Working } from './Working.tsx'
import './rnnStep.css'

/** Worked-step calculator: edit h_{t-1}, x_t, W and b; every product, a and h_t follow live. */
export default function RnnStep({ params, setParams }: WidgetProps) {
  const preset = params.preset as 'deck' | 'random'
  const seed = params.seed as number
  const hidden = params.hidden as number
  const inputs = params.inputs as number
  const group = useId()
  const initial = preset === 'deck' ? DECK_STEP : randomStep(seed, hidden, inputs)
  // A new preset, seed or size starts a fresh store (the body remounts); edits live in that store.
  const key = preset === 'deck' ? 'deck' : `random-${seed}-${hidden}-${inputs}`

  return (
    <div className={params.split ? 'rnn-step rnn-step--split' : 'rnn-step'}>
      <div className="rnn-step__controls">
        <div className="rnn-step__segmented" role="radiogroup" aria-label="Numbers">
          {(['deck', 'random'] as const).map((name) => (
            <label key={name} className={name === preset ? 'is-on' : undefined}>
              <input
                type="radio"
                name={group}
                checked={name === preset}
                onChange={() => setParams({ preset: name })}
              />
              {name === 'deck' ? 'the slide’s numbers' : 'random numbers'}
            </label>
          ))}
        </div>
        {preset === 'random' ? (
          <>
            <button type="button" onClick={() => setParams({ seed: (seed % 9999) + 1 })}>
              New numbers
            </button>
            <Size label="H" value={hidden} onChange={(v) => setParams({ hidden: v })} />
            <Size label="D" value={inputs} onChange={(v) => setParams({ inputs: v })} />
          </>
        ) : null}
        <label className="rnn-step__check">
          <input
            type="checkbox"
            checked={params.split as boolean}
            onChange={(e) => setParams({ split: e.target.checked })}
          />{' '}
          split form
        </label>
      </div>
      <StepBody key={key} initial={initial} split={params.split as boolean} />
    </div>
  )
}

// Sizes 1 to 3 match the schema's range; more would not fit the working on a slide.
function Size(props: { label: string; value: number; onChange: (v: number) => void }) {
  return (
    <label className="rnn-step__size">
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {[1, 2, 3].map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  )
}

function StepBody({ initial, split }: { initial: StepInputs; split: boolean }) {
  const [store] = useState(() => createStepStore(initial))
  const h = useStore(store, selectH)
  const x = useStore(store, selectX)
  const W = useStore(store, selectW)
  const b = useStore(store, selectB)
  const givens = useMemo(() => ({ h, x, W, b }), [h, x, W, b])
  const model = useMemo(() => stepModel(givens), [givens])
  const scale = maxAbs([...h, ...x, ...W.flat(), ...b, ...model.z, ...model.preact])
  const color = divergingColor(scale)

  return (
    <>
      <div className="rnn-step__body">
        <Givens store={store} color={color} />
        <Working model={model} h={h} x={x} b={b} split={split} deck={isDeckStep(givens)} />
      </div>
      <div className="rnn-step__foot">
        <PipelineStrip model={model} color={color} />
        <ColorLegend color={color} min={-scale} max={scale} label="value (colour)" />
      </div>
    </>
  )
}
