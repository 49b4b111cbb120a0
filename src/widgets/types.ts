import type { ComponentType } from 'react'
import type { Params, Schema } from './params.ts'

/** What a widget component receives: its validated params and a way to change them. */
export interface WidgetProps<P extends Params = Params> {
  params: P
  /** Applies an edit; it passes the same validation as lesson props and URL params. */
  setParams: (patch: Partial<P>) => void
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
}
