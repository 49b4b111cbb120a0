import { WidgetHost } from '../widgets/host/WidgetHost.tsx'
import type { WidgetDefinition } from '../widgets/types.ts'
import { useLesson } from './context.ts'

/** A widget placed in a lesson: props are its raw params; edits persist per lesson and instance. */
export function LessonWidget({
  definition,
  instanceKey,
  ...raw
}: { definition: WidgetDefinition; instanceKey?: string } & Record<string, unknown>) {
  const { slug, view } = useLesson()
  // The presenter's notes pane shows no widgets (the slide previews do).
  if (view.mode === 'notes') return null
  const persistKey = instanceKey ? `${slug}/${instanceKey}` : undefined
  return <WidgetHost definition={definition} raw={raw} source="lesson" persistKey={persistKey} />
}
