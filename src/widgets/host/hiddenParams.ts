/**
 * A classroom link that hides chosen controls (TensorFlow Playground's idea): `hide=lr,optimizer`
 * names parameters whose controls disappear. A widget marks each control with `data-param="<name>"`;
 * the host turns the list into one scoped style rule. Only names in the widget's schema survive, so
 * a hostile value can never reach the style sheet.
 */
import type { Schema } from '../params.ts'

/** The schema names listed in a `hide` value ("lr,optimizer"), in schema order. */
export function parseHidden(value: unknown, schema: Schema): string[] {
  if (typeof value !== 'string') return []
  const asked = new Set(value.split(',').map((s) => s.trim()))
  return schema.map((s) => s.name).filter((name) => asked.has(name))
}

/** The style rule hiding those controls inside the element with id `scope`. */
export function hiddenParamsCss(scope: string, names: readonly string[]): string {
  if (names.length === 0) return ''
  const selectors = names.map((n) => `#${scope} [data-param="${n}"]`)
  return `${selectors.join(',\n')} { display: none !important; }`
}
