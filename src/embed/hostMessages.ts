/**
 * The postMessage contract between an embedded widget and the page around it (documented in the
 * README). Commands in are validated field by field; anything else is ignored.
 *
 * Page → widget:  { type: 'unfold:hello' }                      start hearing 'change' events
 *                 { type: 'unfold:set-state', params: {...} }   set parameters (validated)
 *                 { type: 'unfold:step', by: 1 | -1 | n }       move a stepper's `step`
 * Widget → page:  { type: 'unfold:ready', widget }               sent to any parent, carries no state
 *                 { type: 'unfold:change', widget, params }      only to the origin that said hello
 *                 { type: 'unfold:step', widget, step }          likewise, when a stepper's step moves
 *                 { type: 'unfold:complete', widget, what, detail }  likewise, when the learner reaches
 *                                                                the widget's goal (a training target)
 *                 { type: 'unfold:error', widget, message }      likewise
 *                 { type: 'unfold:resize', widget, height }      likewise, whenever the height changes
 */
import { isRecord } from '../app/persist.ts'

/** A command from the host page. */
export type HostCommand =
  | { type: 'unfold:hello' }
  | { type: 'unfold:set-state'; params: Record<string, unknown> }
  | { type: 'unfold:step'; by: number }

/** The command in a message's data, or null for anything that is not one of ours. */
export function parseHostCommand(data: unknown): HostCommand | null {
  if (!isRecord(data) || typeof data.type !== 'string') return null
  switch (data.type) {
    case 'unfold:hello':
      return { type: 'unfold:hello' }
    case 'unfold:set-state': {
      if (!isRecord(data.params)) return null
      // Copy into a prototype-free object: the schema validator then sees plain names only.
      const params: Record<string, unknown> = Object.create(null)
      for (const [k, v] of Object.entries(data.params).slice(0, 50)) params[k] = v
      return { type: 'unfold:set-state', params }
    }
    case 'unfold:step': {
      const by = data.by
      if (typeof by !== 'number' || !Number.isInteger(by) || Math.abs(by) > 10_000) return null
      return { type: 'unfold:step', by }
    }
    default:
      return null
  }
}
