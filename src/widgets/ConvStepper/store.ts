/**
 * One stepper instance's own state (design principle 8: a store per instance, created by the
 * container): the learner's cell edits on top of the preset numbers, which channel and filter are
 * on show, and playback. Edits are keyed by position so they survive a change of the other params.
 */
import { createStore, type StoreApi } from 'zustand'
import type { LayerNumbers } from './presets.ts'

/** Which numbers an edit changes. */
export type Target = 'input' | 'weight' | 'bias'

/** Edited cells: "c,r,col" for input, "k,c,r,col" for weights, "k" for biases. */
export type Edits = Record<Target, Record<string, number>>

/** The store's state and actions. */
export interface StepperState {
  edits: Edits
  channel: number
  filter: number
  playing: boolean
  /** Output cells per second while playing. */
  speed: number
  /** Writes edited cells, e.g. one typed value or a pasted block. */
  edit: (target: Target, cells: Record<string, number>) => void
  /** Forgets edits of one target (a new kernel preset should show the preset). */
  clear: (target: Target) => void
  setView: (view: Partial<Pick<StepperState, 'channel' | 'filter' | 'playing' | 'speed'>>) => void
}

/** Creates the store of one stepper instance. */
export function createStepperStore(): StoreApi<StepperState> {
  return createStore<StepperState>((set, get) => ({
    edits: { input: {}, weight: {}, bias: {} },
    channel: 0,
    filter: 0,
    playing: false,
    speed: 2,
    edit: (target, cells) => {
      const edits = get().edits
      set({ edits: { ...edits, [target]: { ...edits[target], ...cells } } })
    },
    clear: (target) => set({ edits: { ...get().edits, [target]: {} } }),
    setView: (view) => set(view),
  }))
}

/** The preset numbers with the edits written over them (edits outside the shape are ignored). */
export function applyEdits(base: LayerNumbers, edits: Edits): LayerNumbers {
  const pick = (table: Record<string, number>, key: string, v: number) =>
    Object.hasOwn(table, key) ? table[key] : v
  return {
    input: base.input.map((ch, c) =>
      ch.map((row, r) => row.map((v, col) => pick(edits.input, `${c},${r},${col}`, v))),
    ),
    weight: base.weight.map((filter, k) =>
      filter.map((ch, c) =>
        ch.map((row, r) => row.map((v, col) => pick(edits.weight, `${k},${c},${r},${col}`, v))),
      ),
    ),
    bias: base.bias.map((v, k) => pick(edits.bias, `${k}`, v)),
  }
}

/** Selectors at module scope, so components subscribe to one slice each. */
export const selectEdits = (s: StepperState) => s.edits
export const selectChannel = (s: StepperState) => s.channel
export const selectFilter = (s: StepperState) => s.filter
export const selectPlaying = (s: StepperState) => s.playing
export const selectSpeed = (s: StepperState) => s.speed
export const selectEdit = (s: StepperState) => s.edit
export const selectClear = (s: StepperState) => s.clear
export const selectSetView = (s: StepperState) => s.setView
