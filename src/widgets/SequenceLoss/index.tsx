import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
import '../../viz/grid.css'
import { sequentialColor } from '../../viz/colors.ts'
import type { WidgetProps } from '../types.ts'
import { LossGrid } from './LossGrid.tsx'
import { LossSummary } from './LossSummary.tsx'
import { lecturePadding, lossTable, type Normalize } from './model.ts'
import { createMaskStore, selectPadded, selectToggle } from './store.ts'
import './sequenceLoss.css'

/** Sequence loss: a mini-batch of per-step cross-entropy terms, a mask to toggle, the batch mean. */
export default function SequenceLoss({ params, setParams }: WidgetProps) {
  const batch = params.batch as number
  const steps = params.steps as number
  // A new shape of batch starts from the lecture's padding again.
  return <SequenceLossBody key={`${batch}x${steps}`} params={params} setParams={setParams} />
}

function SequenceLossBody({ params, setParams }: WidgetProps) {
  const batch = params.batch as number
  const steps = params.steps as number
  const seed = params.seed as number
  const [store] = useState(() => createMaskStore(lecturePadding(batch, steps)))
  const padded = useStore(store, selectPadded)
  const toggle = useStore(store, selectToggle)
  const table = useMemo(() => lossTable(batch, steps, seed, padded), [batch, steps, seed, padded])
  const top = Math.max(1, ...table.cells.flat().map((c) => c.term ?? 0))
  const termColor = sequentialColor(top * 1.6) // keep the darkest fills readable
  return (
    <div className="seqloss">
      <p className="seqloss__how">
        Each cell: the target, p(target), and below it the term ℓ = −log p(target). Click a cell (or
        Enter, Space) to pad or unpad it; arrow keys move. mask = 0 on padded cells, else 1.
      </p>
      <div className="seqloss__body">
        <LossGrid table={table} termColor={termColor} onToggle={toggle} />
        <div className="seqloss__side">
          <LossSummary
            table={table}
            normalize={params.normalize as Normalize}
            onNormalize={(normalize) => setParams({ normalize })}
          />
          <ColorLegend color={termColor} min={0} max={top} label="term −log p(target)" />
          <p className="seqloss__note">
            Predictions come from a small untrained RNN (seed {seed}). Targets are the lecture’s for
            instances 1–3 and 8; † marks targets drawn from the seed where the lecture’s table
            elides them.
          </p>
        </div>
      </div>
    </div>
  )
}
