/**
 * The learner's numbers for one calculator instance (design principle 8: a store per instance,
 * created by the container). Edits replace one cell or a pasted block; shapes never change here.
 */
import { createStore, type StoreApi } from 'zustand'
import type { StepInputs } from './presets.ts'
import { withBlock, withCell } from '../matrixEdits.ts'

/** Which given a grid edits (c only exists for the LSTM). */
export type Given = keyof StepInputs

/** The numbers and the two ways to change them. */
export interface StepState extends StepInputs {
  /** Sets one cell; vectors are one row, so their row is 0. */
  setCell: (given: Given, row: number, col: number, value: number) => void
  /** Writes a pasted block from the top-left corner, keeping only what fits the shape. */
  paste: (given: Given, rows: number[][]) => void
}

/** The given as rows (a vector is one row), for the grids. */
export function asRows(s: StepInputs, given: Given): number[][] {
  return given === 'W' ? s.W : [s[given] ?? []]
}

function withRows(given: Given, rows: number[][]): Partial<StepInputs> {
  return given === 'W' ? { W: rows } : { [given]: rows[0] }
}

/** Creates the store from a preset's numbers. */
export function createStepStore(initial: StepInputs): StoreApi<StepState> {
  return createStore<StepState>((set, get) => ({
    ...initial,
    setCell: (given, row, col, value) => {
      const rows = withCell(asRows(get(), given), row, col, value)
      if (rows) set(withRows(given, rows))
    },
    paste: (given, block) => set(withRows(given, withBlock(asRows(get(), given), block))),
  }))
}

/** The givens alone, as the model takes them (selectors live at module scope). */
export const selectH = (s: StepState) => s.h
export const selectX = (s: StepState) => s.x
export const selectW = (s: StepState) => s.W
export const selectB = (s: StepState) => s.b
export const selectC = (s: StepState) => s.c
export const selectSetCell = (s: StepState) => s.setCell
export const selectPaste = (s: StepState) => s.paste
