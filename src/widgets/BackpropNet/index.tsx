import { useMemo, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import { divergingColor, maxAbs } from '../../viz/colors.ts'
import type { WidgetProps } from '../types.ts'
import { Controls } from './Controls.tsx'
import { Givens } from './Givens.tsx'
import { runNet } from './model.ts'
import { NetDiagram } from './NetDiagram.tsx'
import { PhaseStepper } from './PhaseStepper.tsx'
import { DECK_NET, isDeckNet, randomNet, type NetInputs } from './presets.ts'
import { PHASES, type NetConfig } from './schema.ts'
import { createNetStore, selectW1, selectW2, selectX, selectY, type Given } from './store.ts'
import { Working } from './Working.tsx'
import './backprop.css'

/** Two-layer sigmoid network: forward, loss, backward and one update, phase by phase, all editable. */
export default function BackpropNet({ params, setParams }: WidgetProps) {
  const config = params as unknown as NetConfig
  const { preset, seed, inputs, hidden, outputs } = config
  const initial = preset === 'deck' ? DECK_NET : randomNet(seed, inputs, hidden, outputs)
  // A new preset, seed or size starts a fresh store (the body remounts); edits live in that store.
  const key = preset === 'deck' ? 'deck' : `random-${seed}-${inputs}-${hidden}-${outputs}`
  return (
    <div className="bp">
      <NetBody
        key={key}
        controls={<Controls config={config} setParams={setParams} />}
        initial={initial}
        lr={config.lr}
        step={Math.min(PHASES.length - 1, Math.max(0, config.step))}
        onStep={(step) => setParams({ step })}
      />
    </div>
  )
}

// Which grids each phase reads from or writes to, outlined while it is shown.
const USES: Record<(typeof PHASES)[number]['id'], Given[]> = {
  layer1: ['x', 'W1'],
  layer2: ['W2'],
  loss: ['y'],
  delta2: ['y'],
  gradW2: [],
  delta1: ['W2'],
  gradW1: ['x'],
  update: ['W1', 'W2'],
  after: ['x', 'W1', 'W2', 'y'],
}

interface BodyProps {
  /** The settings row; the body puts the colour legend beside it. */
  controls: ReactNode
  initial: NetInputs
  lr: number
  step: number
  onStep: (step: number) => void
}

function NetBody({ controls, initial, lr, step, onStep }: BodyProps) {
  const [store] = useState(() => createNetStore(initial))
  const x = useStore(store, selectX)
  const W1 = useStore(store, selectW1)
  const W2 = useStore(store, selectW2)
  const y = useStore(store, selectY)
  const givens = useMemo(() => ({ x, W1, W2, y }), [x, W1, W2, y])
  const result = useMemo(() => runNet(givens, lr), [givens, lr])
  const scale = maxAbs([...x, ...W1.flat(), ...W2.flat(), ...y])
  const color = divergingColor(scale)
  const phase = PHASES[step]

  return (
    <>
      <div className="bp__top">
        {controls}
        <ColorLegend color={color} min={-scale} max={scale} label="value (colour)" />
      </div>
      <div className="bp__body">
        <div className="bp__left">
          {result.model ? <NetDiagram model={result.model} phase={phase.id} color={color} /> : null}
          <Givens store={store} color={color} active={new Set(USES[phase.id])} />
        </div>
        <div className="bp__right">
          <PhaseStepper step={step} onStep={onStep} />
          {result.model ? (
            <Working model={result.model} step={step} deck={isDeckNet(givens)} color={color} />
          ) : (
            <p className="bp-error" role="alert">
              These numbers cannot be run through the network: {result.error}
            </p>
          )}
        </div>
      </div>
    </>
  )
}
