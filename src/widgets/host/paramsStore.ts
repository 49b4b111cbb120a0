import { createStore, type StoreApi } from 'zustand'
import { validateParams, type ParamIssue, type Params, type Schema } from '../params.ts'
import type { WidgetEvent } from '../types.ts'

/** One widget instance's parameter state. */
export interface ParamsState {
  params: Params
  issues: ParamIssue[]
  setParams: (patch: Record<string, unknown>) => void
  dismissIssues: () => void
  /** The widget's latest event (a new object each time, so subscribers see every one). */
  event: WidgetEvent | null
  emit: (event: WidgetEvent) => void
}

/**
 * A store per widget instance (two explorers on one page never share state). Edits pass the same
 * validator as lesson props and URL params; `onEdit` hears every accepted state (for persistence).
 */
export function createParamsStore(
  schema: Schema,
  initial: { params: Params; issues: ParamIssue[] },
  onEdit?: (params: Params) => void,
): StoreApi<ParamsState> {
  return createStore<ParamsState>((set, get) => ({
    params: initial.params,
    issues: initial.issues,
    setParams: (patch) => {
      const { params, issues } = validateParams(schema, patch, 'edit', get().params)
      set({ params, issues: issues.length ? issues : get().issues })
      onEdit?.(params)
    },
    dismissIssues: () => set({ issues: [] }),
    event: null,
    emit: (event) => set({ event: { ...event } }),
  }))
}
