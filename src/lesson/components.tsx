/**
 * The one component registry lessons draw from: lessons import nothing; every capitalised tag in an
 * .mdx file resolves here (widgets by their registered component name).
 */
import type { MDXComponents } from 'mdx/types'
import { widgets } from '../widgets/registry.ts'
import { Callout } from './Callout.tsx'
import { Exercise, Explanation, Hint } from './Exercise.tsx'
import { LessonWidget } from './LessonWidget.tsx'
import { Notes } from './Notes.tsx'
import { Slide } from './Slide.tsx'
import { Value } from './Value.tsx'

const widgetComponents = Object.fromEntries(
  widgets.map((def) => [
    def.component,
    (props: Record<string, unknown>) => <LessonWidget definition={def} {...props} />,
  ]),
)

/** Every component a lesson may use, by tag name. */
export const lessonComponents: MDXComponents = {
  // Wide tables scroll inside their own box instead of widening the page on a phone.
  table: (props) => (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Table">
      <table {...props} />
    </div>
  ),
  Slide,
  Notes,
  Callout,
  Exercise,
  Hint,
  Explanation,
  Value,
  ...widgetComponents,
}
