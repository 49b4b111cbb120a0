/**
 * Every widget, by name. Schemas are small and load eagerly (validation and links need them);
 * components load on demand.
 */
import { activationExplorerSchema } from './ActivationExplorer/schema.ts'
import type { WidgetDefinition } from './types.ts'

/** The registry, in gallery order. */
export const widgets: readonly WidgetDefinition[] = [
  {
    name: 'activation-explorer',
    component: 'ActivationExplorer',
    title: 'Activation explorer',
    description:
      'Pick an activation function, move x, and read f(x) and its slope f′(x); shaded bands show where the function saturates.',
    schema: activationExplorerSchema,
    load: () => import('./ActivationExplorer/index.tsx'),
  },
]

/** The widget registered under `name`, if any (only exact, registered names match). */
export function findWidget(name: string): WidgetDefinition | undefined {
  return widgets.find((w) => w.name === name)
}
