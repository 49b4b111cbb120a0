/** One gated step for the view: the working's sections, the new states, and the values to colour. */
import type { GatedCell } from './gatedPresets.ts'
import { gruModel } from './gruModel.ts'
import { gruSections } from './gruTex.ts'
import { lstmModel } from './lstmModel.ts'
import { lstmSections } from './lstmTex.ts'
import type { StepInputs } from './presets.ts'
import type { Section } from './gatedTex.ts'

/** A state vector the step produces, shown as a read-only grid under the working. */
export interface NewState {
  /** Accessible name of its grid ("c t", "h t"). */
  label: string
  /** The symbol's letter (subscript t). */
  name: 'c' | 'h'
  values: number[]
}

/** What the gated view shows. */
export interface GatedStep {
  sections: Section[]
  states: NewState[]
  /** Pre-activations, so the colour scale covers them as well as the givens. */
  preact: number[]
}

/** Computes one LSTM or GRU step on the givens with the engine and writes it out. */
export function gatedStep(cell: GatedCell, givens: StepInputs): GatedStep {
  if (cell === 'lstm') {
    const m = lstmModel(givens)
    const a = m.preact
    return {
      sections: lstmSections(m, givens.x),
      states: [
        { label: 'c t', name: 'c', values: m.c },
        { label: 'h t', name: 'h', values: m.h },
      ],
      preact: [...a.i, ...a.f, ...a.g, ...a.o],
    }
  }
  const m = gruModel(givens)
  return {
    sections: gruSections(m),
    states: [{ label: 'h t', name: 'h', values: m.h }],
    preact: [...m.preR, ...m.preZ, ...m.preN],
  }
}
