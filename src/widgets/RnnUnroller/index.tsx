import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
// The colour legend's styles live with the grid's; this widget shows legends but no grid.
import '../../viz/grid.css'
import { divergingColor, maxAbs, sequentialColor } from '../../viz/colors.ts'
import type { WidgetProps } from '../types.ts'
import { Controls } from './Controls.tsx'
import { unrollLayout } from './layout.ts'
import { unroll } from './model.ts'
import { StepDetail } from './StepDetail.tsx'
import {
  createUnrollerStore,
  selectError,
  selectPlaying,
  selectSetPlaying,
  selectText,
  selectType,
  selectWord,
} from './store.ts'
import { Unrolled } from './Unrolled.tsx'
import { useClickerSteps } from '../../lesson/clicker.ts'
import { usePlayer, useReducedMotion } from './usePlayer.ts'
import './unroller.css'

const hColor = divergingColor(1) // tanh states live in (-1, 1)
const pColor = sequentialColor(1)

/** RNN unroller: a character RNN over a typed word, stepped, played and scrubbed from one run. */
export default function RnnUnroller({ params, setParams }: WidgetProps) {
  const start = params.word as string
  // A new starting word (from a link or the lesson) starts a fresh store; typing edits this one.
  return <UnrollerBody key={start} start={start} params={params} setParams={setParams} />
}

function UnrollerBody({ start, params, setParams }: WidgetProps & { start: string }) {
  const [store] = useState(() => createUnrollerStore(start))
  const text = useStore(store, selectText)
  const word = useStore(store, selectWord)
  const error = useStore(store, selectError)
  const playing = useStore(store, selectPlaying)
  const type = useStore(store, selectType)
  const setPlaying = useStore(store, selectSetPlaying)
  const reduced = useReducedMotion()
  const hidden = params.hidden as number
  const seed = params.seed as number
  const run = useMemo(() => unroll(word, hidden, seed), [word, hidden, seed])
  const T = run.steps.length
  const step = Math.min(Math.max(params.step as number, 1), T)
  const layout = useMemo(() => unrollLayout(run, step), [run, step])
  const wScale = maxAbs(run.weightHh.flat())
  const wColor = divergingColor(wScale)
  const goTo = (t: number) => setParams({ step: Math.min(Math.max(t, 1), T) })
  // On a slide, the clicker walks the time steps (1-based here, 0-based for the deck).
  useClickerSteps({ step: step - 1, count: T, go: (i) => goTo(i + 1) })
  const play = (on: boolean) => {
    if (on && step >= T) goTo(1) // play from the start once at the end
    setPlaying(on)
  }
  usePlayer(
    playing,
    reduced,
    () => {
      if (step >= T) return false
      goTo(step + 1)
      return step + 1 < T
    },
    () => setPlaying(false),
  )

  return (
    <div className="unroll">
      <Controls
        text={text}
        error={error}
        onType={type}
        step={step}
        steps={T}
        onStep={goTo}
        playing={playing && !reduced}
        onPlay={reduced ? null : play}
      />
      <div className="unroll__main">
        <div className="unroll__graph">
          <div className="unroll__scroll" tabIndex={0} role="region" aria-label="Unrolled network">
            <Unrolled
              layout={layout}
              hColor={hColor}
              pColor={pColor}
              wColor={wColor}
              onPick={goTo}
            />
          </div>
          <div className="unroll__legends">
            <ColorLegend color={hColor} min={-1} max={1} label="hidden state h" />
            <ColorLegend color={wColor} min={-wScale} max={wScale} label="W_hh, shared" />
            <ColorLegend color={pColor} min={0} max={1} label="p(next)" />
          </div>
          <p className="unroll__untrained">
            <strong>Untrained</strong>: weights drawn by the engine (seed {seed}, Xavier-uniform,
            zero biases), so these are guesses before any learning.
          </p>
        </div>
        <StepDetail step={run.steps[step - 1]} word={word} />
      </div>
    </div>
  )
}
