import type { ReactNode } from 'react'
import { useStore, type StoreApi } from 'zustand'
import { NumberGrid } from '../../viz/NumberGrid.tsx'
import {
  asRows,
  selectPaste,
  selectSetCell,
  selectW1,
  selectW2,
  selectX,
  selectY,
  type Given,
  type NetState,
} from './store.ts'

interface Props {
  store: StoreApi<NetState>
  color: (v: number) => string
  /** The givens the current phase uses, outlined. */
  active: ReadonlySet<Given>
}

const CAPTIONS: Record<Given, ReactNode> = {
  x: 'x',
  y: 'y',
  W1: (
    <>
      Θ<sub>1</sub>
    </>
  ),
  W2: (
    <>
      Θ<sub>2</sub>
    </>
  ),
}

/** x, Θ₁, Θ₂ and y as editable grids: every value downstream follows an edit. */
export function Givens({ store, color, active }: Props) {
  const x = useStore(store, selectX)
  const W1 = useStore(store, selectW1)
  const W2 = useStore(store, selectW2)
  const y = useStore(store, selectY)
  const setCell = useStore(store, selectSetCell)
  const paste = useStore(store, selectPaste)
  const state = { x, W1, W2, y }

  const grid = (given: Given) => {
    const rows = asRows(state, given)
    return (
      <div className="bp-given" key={given}>
        <span className="bp-given__caption">
          {CAPTIONS[given]}{' '}
          <span className="bp-given__shape">
            ({rows.length}×{rows[0].length})
          </span>
        </span>
        <NumberGrid
          values={rows}
          label={given === 'W1' ? 'Θ1' : given === 'W2' ? 'Θ2' : given}
          color={color}
          mark={active.has(given) ? () => 'window' : undefined}
          onEdit={(r, c, v) => setCell(given, r, c, v)}
          onPaste={(block) => paste(given, block)}
        />
      </div>
    )
  }
  return (
    <div className="bp-givens">
      {grid('x')}
      {grid('W1')}
      {grid('W2')}
      {grid('y')}
    </div>
  )
}
