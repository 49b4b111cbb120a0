import type { ReactNode } from 'react'
import { useStore, type StoreApi } from 'zustand'
import { NumberGrid } from '../../viz/NumberGrid.tsx'
import {
  asRows,
  selectB,
  selectH,
  selectPaste,
  selectSetCell,
  selectW,
  selectX,
  type Given,
  type StepState,
} from './store.ts'

interface Props {
  store: StoreApi<StepState>
  color: (v: number) => string
}

/** The four givens as editable grids; W's rows are labelled by the entry of [h, x] they multiply. */
export function Givens({ store, color }: Props) {
  const h = useStore(store, selectH)
  const x = useStore(store, selectX)
  const W = useStore(store, selectW)
  const b = useStore(store, selectB)
  const setCell = useStore(store, selectSetCell)
  const paste = useStore(store, selectPaste)
  const state = { h, x, W, b }

  const grid = (given: Given, label: string) => (
    <NumberGrid
      values={asRows(state, given)}
      label={label}
      color={color}
      onEdit={(r, c, v) => setCell(given, r, c, v)}
      onPaste={(rows) => paste(given, rows)}
    />
  )
  const rowNames = [
    ...h.map((_, i) => <RowName key={`h${i}`} base="h" index={i + 1} />),
    ...x.map((_, i) => <RowName key={`x${i}`} base="x" index={i + 1} />),
  ]

  return (
    <div className="rnn-step__givens">
      {/* The vectors stacked beside W keep the givens narrow, so the working fits beside them. */}
      <div className="rnn-step__vectors">
        <Given
          caption={
            <>
              h<sub>t−1</sub>
            </>
          }
        >
          {grid('h', 'h t-1')}
        </Given>
        <Given
          caption={
            <>
              x<sub>t</sub>
            </>
          }
        >
          {grid('x', 'x t')}
        </Given>
        <Given caption="b">{grid('b', 'b')}</Given>
      </div>
      <Given
        caption={
          <>
            W ({W.length}×{h.length})
          </>
        }
      >
        <div className="rnn-step__w">
          <div className="rnn-step__rownames" aria-hidden="true">
            {rowNames}
          </div>
          {grid('W', 'W')}
        </div>
      </Given>
    </div>
  )
}

function Given({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return (
    <div className="rnn-step__given">
      <span className="rnn-step__caption">{caption}</span>
      {children}
    </div>
  )
}

// Which entry of [h, x] a row of W multiplies: the top block is W_hh, the bottom W_xh.
function RowName({ base, index }: { base: 'h' | 'x'; index: number }) {
  return (
    <span className={`rnn-step__rowname rnn-step__rowname--${base}`}>
      ×{base}
      <sub>{index}</sub>
    </span>
  )
}
