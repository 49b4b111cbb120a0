import type { ComponentType } from 'react'
import type { Params, Schema } from './params.ts'

/** Something a widget tells the page around it (an embed's host hears it as a postMessage event). */
export interface WidgetEvent {
  /** The learner reached the widget's goal: a training target, say. */
  type: 'complete'
  /** What was completed, in words: "validation accuracy reached 90%". */
  what: string
  /** The figures behind it (step, metric value...). */
  detail: Record<string, number | string>
}

/** What a widget component receives: its validated params and a way to change them. */
export interface WidgetProps<P extends Params = Params> {
  params: P
  /** Applies an edit; it passes the same validation as lesson props and URL params. */
  setParams: (patch: Partial<P>) => void
  /** Reports an event to the page (optional: lessons ignore it, embeds forward it). */
  emit?: (event: WidgetEvent) => void
}

/** A registered widget (design.md's contract): name, title, schema, component. */
export interface WidgetDefinition {
  /** URL name, e.g. "activation-explorer". */
  name: string
  /** The component name lessons use, e.g. "ActivationExplorer". */
  component: string
  title: string
  description: string
  schema: Schema
  /** Loads the component on demand, so pages pay only for the widgets they show. */
  load: () => Promise<{ default: ComponentType<WidgetProps> }>
  /**
   * false: not fetched together with its lesson, only when the reader approaches it (the trainers,
   * which sit at the end of their lessons and start a worker anyway).
   */
  prefetch?: false
}
