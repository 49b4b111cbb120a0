import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import { divergingColor, maxAbs } from '../../viz/colors.ts'
import type { WidgetProps } from '../types.ts'
import { GatedBody } from './GatedBody.tsx'
import { gatedExample, randomGated } from './gatedPresets.ts'
import { Givens } from './Givens.tsx'
import { stepModel } from './model.ts'
import { PipelineStrip } from './PipelineStrip.tsx'
import { DECK_STEP, isDeckStep, randomStep, type StepInputs } from './presets.ts'
import { Segmented } from '../../viz/Segmented.tsx'
import { createStepStore, selectB, selectH, selectW, selectX } from './store.ts'
import { Working } from './Working.tsx'
import './rnnStep.css'

const CELLS = { rnn: 'tanh RNN', lstm: 'LSTM', gru: 'GRU' } as const
type Cell = keyof typeof CELLS

/** The preset's givens for a cell: the slide's (or, for LSTM and GRU, a worked example) or random. */
function initialGivens(cell: Cell, preset: string, seed: number, hidden: number, inputs: number) {
  if (cell === 'rnn') return preset === 'deck' ? DECK_STEP : randomStep(seed, hidden, inputs)
  return preset === 'deck' ? gatedExample(cell) : randomGated(cell, seed, hidden, inputs)
}

/**
 * Worked-step calculator: edit h_{t-1} (and c_{t-1}), x_t, W and b of one tanh RNN, LSTM or GRU
 * step; every intermediate follows live.
 */
export default function RnnStep({ params, setParams }: WidgetProps) {
  const cell = params.cell as Cell
  const preset = params.preset as 'deck' | 'random'
  const seed = params.seed as number
  const hidden = params.hidden as number
  const inputs = params.inputs as number
  const initial = initialGivens(cell, preset, seed, hidden, inputs)
  // A new cell, preset, seed or size starts a fresh store (the body remounts); edits live there.
  const key = `${cell}-${preset === 'deck' ? 'deck' : `random-${seed}-${hidden}-${inputs}`}`
  const split = cell === 'rnn' && (params.split as boolean)

  return (
    <div className={split ? 'rnn-step rnn-step--split' : 'rnn-step'}>
      <div className="rnn-step__controls" data-controls>
        <Segmented
          label="Cell"
          choices={(Object.keys(CELLS) as Cell[]).map((c) => ({ value: c, text: CELLS[c] }))}
          value={cell}
          onChange={(c) => setParams({ cell: c })}
        />
        <Segmented
          label="Numbers"
          choices={[
            { value: 'deck', text: cell === 'rnn' ? 'the slide’s numbers' : 'worked example' },
            { value: 'random', text: 'random numbers' },
          ]}
          value={preset}
          onChange={(p) => setParams({ preset: p })}
        />
        {preset === 'random' ? (
          <>
            <button type="button" onClick={() => setParams({ seed: (seed % 9999) + 1 })}>
              New numbers
            </button>
            <Size label="H" value={hidden} onChange={(v) => setParams({ hidden: v })} />
            <Size label="D" value={inputs} onChange={(v) => setParams({ inputs: v })} />
          </>
        ) : null}
        {cell === 'rnn' ? (
          <label className="rnn-step__check">
            <input
              type="checkbox"
              checked={split}
              onChange={(e) => setParams({ split: e.target.checked })}
            />{' '}
            split form
          </label>
        ) : null}
      </div>
      {cell === 'rnn' ? (
        <StepBody key={key} initial={initial} split={split} />
      ) : (
        <GatedBody key={key} cell={cell} initial={initial} />
      )}
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
