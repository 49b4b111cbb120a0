import type { ReactNode } from 'react'
import { useStore, type StoreApi } from 'zustand'
import { NumberGrid } from '../../viz/NumberGrid.tsx'
import {
  asRows,
  selectB,
  selectC,
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
  /** For a gated cell, the names of W's column blocks (H columns each), in order. */
  gates?: readonly string[]
}

/**
 * The givens as editable grids (c_{t-1} only when the store has it); W's rows are labelled by the
 * entry of [h, x] they multiply, and a gated cell's columns by the gate they feed.
 */
export function Givens({ store, color, gates }: Props) {
  const h = useStore(store, selectH)
  const x = useStore(store, selectX)
  const W = useStore(store, selectW)
  const b = useStore(store, selectB)
  const c = useStore(store, selectC)
  const setCell = useStore(store, selectSetCell)
  const paste = useStore(store, selectPaste)
  const state = { h, x, W, b, c }

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
        {c ? (
          <Given
            caption={
              <>
                c<sub>t−1</sub>
              </>
            }
          >
            {grid('c', 'c t-1')}
          </Given>
        ) : null}
        <Given
          caption={
            <>
              x<sub>t</sub>
            </>
          }
        >
          {grid('x', 'x t')}
        </Given>
        {gates ? null : <Given caption="b">{grid('b', 'b')}</Given>}
      </div>
      <Given
        caption={
          <>
            W ({W.length}×{W[0]?.length ?? 0}){gates ? ' and b' : null}
          </>
        }
      >
        <div className="rnn-step__w">
          <div className="rnn-step__rownames" aria-hidden="true">
            {gates ? <span className="rnn-step__rowname" /> : null}
            {rowNames}
            {gates ? <span className="rnn-step__rowname rnn-step__bias">+b</span> : null}
          </div>
          {/* A gated cell's b has one entry per column of W: it sits under W, block by block. */}
          <div>
            {gates ? <Blocks gates={gates} H={h.length} /> : null}
            {grid('W', 'W')}
            {gates ? <div className="rnn-step__bias">{grid('b', 'b')}</div> : null}
          </div>
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

// Which gate each block of H columns feeds, coloured as in the working.
function Blocks({ gates, H }: { gates: readonly string[]; H: number }) {
  return (
    <div
      className="rnn-step__blocks"
      aria-hidden="true"
      style={{ gridTemplateColumns: `repeat(${gates.length * H}, var(--cell, 3.1em))` }}
    >
      {gates.map((g) => (
        <span key={g} className={`rnn-step__gate--${g}`} style={{ gridColumn: `span ${H}` }}>
          {g}
        </span>
      ))}
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
