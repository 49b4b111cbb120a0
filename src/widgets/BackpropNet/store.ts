/**
 * The learner's numbers for one network instance (a store per instance, created by the
 * container). Edits replace one cell or a pasted block; shapes never change here.
 */
import { createStore, type StoreApi } from 'zustand'
import type { NetInputs } from './presets.ts'
import { withBlock, withCell } from '../matrixEdits.ts'

/** Which given a grid edits. */
export type Given = keyof NetInputs

/** The numbers and the two ways to change them. */
export interface NetState extends NetInputs {
  /** Sets one cell; vectors are one row, so their row is 0. */
  setCell: (given: Given, row: number, col: number, value: number) => void
  /** Writes a pasted block from the top-left corner, keeping only what fits the shape. */
  paste: (given: Given, rows: number[][]) => void
}

/** The given as rows (a vector is one row), for the grids. */
export function asRows(s: NetInputs, given: Given): number[][] {
  return given === 'W1' || given === 'W2' ? s[given] : [s[given]]
}

function withRows(given: Given, rows: number[][]): Partial<NetInputs> {
  return given === 'W1' || given === 'W2' ? { [given]: rows } : { [given]: rows[0] }
}

/** Creates the store from a preset's numbers. */
export function createNetStore(initial: NetInputs): StoreApi<NetState> {
  return createStore<NetState>((set, get) => ({
    ...initial,
    setCell: (given, row, col, value) => {
      const rows = withCell(asRows(get(), given), row, col, value)
      if (rows) set(withRows(given, rows))
    },
    paste: (given, block) => set(withRows(given, withBlock(asRows(get(), given), block))),
  }))
}

/** Selectors at module scope, so components subscribe to one slice each. */
export const selectX = (s: NetState) => s.x
export const selectW1 = (s: NetState) => s.W1
export const selectW2 = (s: NetState) => s.W2
export const selectY = (s: NetState) => s.y
export const selectSetCell = (s: NetState) => s.setCell
export const selectPaste = (s: NetState) => s.paste
