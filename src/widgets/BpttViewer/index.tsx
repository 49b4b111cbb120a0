import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { formatNumber } from '../../lesson/format.ts'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import '../../viz/grid.css'
import { divergingColor, maxAbs, sequentialColor } from '../../viz/colors.ts'
import { usePlayer, useReducedMotion } from '../RnnUnroller/usePlayer.ts'
import type { WidgetProps } from '../types.ts'
import { Controls } from './Controls.tsx'
import { Graph } from './Graph.tsx'
import { graphLayout } from './layout.ts'
import { bpttRun, focusStep, type LossAt } from './model.ts'
import { StepPanel, TruncationPanel } from './Panels.tsx'
import { createViewerStore, selectPlaying, selectSetPlaying } from './store.ts'
import './bpttViewer.css'
import { useClickerSteps } from '../../lesson/clicker.ts'

/** BPTT viewer: the unrolled RNN, the gradient stepped back through it, and truncation to k steps. */
export default function BpttViewer({ params, setParams }: WidgetProps) {
  const [store] = useState(createViewerStore)
  const playing = useStore(store, selectPlaying)
  const setPlaying = useStore(store, selectSetPlaying)
  const reduced = useReducedMotion()
  const T = params.steps as number
  const hidden = params.hidden as number
  const seed = params.seed as number
  const k = Math.min(params.k as number, T)
  const lossAt = params.lossAt as LossAt
  const panels = params.panels as string
  const run = useMemo(
    () => bpttRun({ steps: T, hidden, seed, k, lossAt }),
    [T, hidden, seed, k, lossAt],
  )
  const t = focusStep(params.step as number, T)
  const step = T - t + 1
  const layout = useMemo(() => graphLayout(run, t), [run, t])
  const scale = maxAbs([
    ...run.contributions.flat(2),
    ...run.total.flat(),
    ...run.truncated.total.flat(),
  ])
  const color = divergingColor(scale)
  const gradColor = sequentialColor(layout.maxNorm * 1.2)
  const goTo = (s: number) => setParams({ step: Math.min(Math.max(s, 1), T) })
  // On a slide the clicker walks the backward pass one step at a time.
  useClickerSteps({ step: step - 1, count: T, go: (i) => goTo(i + 1) })
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
  const play = (on: boolean) => {
    if (on && step >= T) goTo(1) // replay from h_T once the pass has reached h_1
    setPlaying(on)
  }
  return (
    <div className="bptt">
      <Controls
        step={step}
        steps={T}
        onStep={goTo}
        playing={playing && !reduced}
        onPlay={reduced ? null : play}
        k={k}
        onK={(v) => setParams({ k: v })}
        lossAt={lossAt}
        onLossAt={(v) => setParams({ lossAt: v })}
      />
      <div className="bptt__scroll" tabIndex={0} role="region" aria-label="Unrolled graph">
        <Graph layout={layout} gradColor={gradColor} onPick={(to) => goTo(T - to + 1)} />
      </div>
      <div className="bptt__legends">
        <p className="bptt__caption">
          L = {formatNumber(run.loss, 4)} (
          {lossAt === 'every' ? 'summed over the steps' : 'last step'}). Grey: forward. Coloured:
          ∂L/∂h_t sent back, its norm in each box; “k:” the norm under truncation.
        </p>
        <ColorLegend color={gradColor} min={0} max={layout.maxNorm} label="‖∂L/∂h_t‖" />
        <ColorLegend color={color} min={-scale} max={scale} label="gradient entries" />
      </div>
      <div className="bptt__panels">
        {panels !== 'truncation' ? <StepPanel run={run} t={t} color={color} /> : null}
        {panels !== 'step' ? <TruncationPanel run={run} color={color} /> : null}
      </div>
    </div>
  )
}
