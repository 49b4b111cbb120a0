/**
 * A widget's parameter schema, and the ONE validator and serializer behind lesson props, URL
 * parameters (embeds, share links) and the learner's edits. Whatever the source, a value that does
 * not fit its spec falls back to the default and yields an issue the page shows as plain text.
 */

interface BaseSpec {
  name: string
  label: string
  /** Shown under the control and in the gallery. */
  help?: string
}

/** One parameter of a widget. */
export type ParamSpec =
  | (BaseSpec & { type: 'number'; default: number; min: number; max: number; step: number })
  | (BaseSpec & { type: 'integer'; default: number; min: number; max: number })
  | (BaseSpec & { type: 'boolean'; default: boolean })
  | (BaseSpec & { type: 'choice'; default: string; choices: readonly string[] })
  /** A short string in a fixed syntax (a layer stack, say): `pattern` must match it whole. */
  | (BaseSpec & {
      type: 'text'
      default: string
      maxLength: number
      pattern: RegExp
      /** How the syntax reads, for the notice, e.g. "layers like k3s1p1d1,k3s1p1d1". */
      format: string
    })

/** A widget's parameters, in display order. */
export type Schema = readonly ParamSpec[]

/** Parameter values by name. */
export type Params = Record<string, number | boolean | string>

/** Why a supplied value was not used. */
export interface ParamIssue {
  name: string
  message: string
}

/** Where values came from: only used to word the issues. */
export type ParamSource = 'lesson' | 'url' | 'edit' | 'saved'

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i

/** A short, safe rendering of an untrusted value for a message (never HTML). */
export function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : safeJson(value)
  // Control characters (codes below 32, and 127) become '?', so a message stays one plain line.
  const clean = Array.from(text, (c) =>
    c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? '?' : c,
  ).join('')
  return `"${clean.length > 24 ? `${clean.slice(0, 24)}…` : clean}"`
}

// Lesson props can hold anything (a BigInt, a cyclic object); describing them must not throw.
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return Object.prototype.toString.call(value)
  }
}

function coerce(
  spec: ParamSpec,
  value: unknown,
): { ok: true; value: Params[string] } | { ok: false; why: string } {
  switch (spec.type) {
    case 'number':
    case 'integer': {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && NUMBER.test(value.trim())
            ? Number(value)
            : NaN
      if (!Number.isFinite(n)) return { ok: false, why: 'is not a number' }
      if (spec.type === 'integer' && !Number.isInteger(n))
        return { ok: false, why: 'is not a whole number' }
      if (n < spec.min || n > spec.max)
        return { ok: false, why: `is outside ${spec.min} to ${spec.max}` }
      return { ok: true, value: n }
    }
    case 'boolean': {
      if (typeof value === 'boolean') return { ok: true, value }
      if (value === 'true' || value === '1' || value === '') return { ok: true, value: true }
      if (value === 'false' || value === '0') return { ok: true, value: false }
      return { ok: false, why: 'is not true or false' }
    }
    case 'choice': {
      if (typeof value === 'string' && spec.choices.includes(value)) return { ok: true, value }
      return { ok: false, why: `is not one of ${spec.choices.join(', ')}` }
    }
    case 'text': {
      if (typeof value !== 'string') return { ok: false, why: 'is not text' }
      if (value.length > spec.maxLength)
        return { ok: false, why: `is longer than ${spec.maxLength} characters` }
      if (!spec.pattern.test(value)) return { ok: false, why: `is not ${spec.format}` }
      return { ok: true, value }
    }
  }
}

/** The default value of every parameter. */
export function defaults(schema: Schema): Params {
  return Object.fromEntries(schema.map((s) => [s.name, s.default]))
}

/**
 * Validates raw values against a schema, starting from `base` (the defaults unless given). Unknown
 * names and unusable values are reported, never thrown; the result always holds every parameter.
 */
export function validateParams(
  schema: Schema,
  raw: Record<string, unknown>,
  source: ParamSource,
  base: Params = defaults(schema),
): { params: Params; issues: ParamIssue[] } {
  const params: Params = { ...base }
  const issues: ParamIssue[] = []
  const known = new Map(schema.map((s) => [s.name, s]))
  for (const [name, value] of Object.entries(raw)) {
    const spec = known.get(name)
    if (!spec) {
      issues.push({
        name,
        message: `Ignored unknown ${sourceWord(source)} parameter ${describeValue(name)}.`,
      })
      continue
    }
    const result = coerce(spec, value)
    if (result.ok) params[name] = result.value
    else
      issues.push({
        name,
        message: `${spec.label}: ${describeValue(value)} ${result.why}; using ${describeValue(base[name])} instead.`,
      })
  }
  return { params, issues }
}

function sourceWord(source: ParamSource): string {
  return { lesson: 'lesson', url: 'link', edit: 'edited', saved: 'saved' }[source]
}

/** The query string for params: only the ones that differ from the defaults, in schema order. */
export function paramsToQuery(schema: Schema, params: Params): string {
  const q = new URLSearchParams()
  for (const spec of schema) {
    const v = params[spec.name]
    if (v !== undefined && v !== spec.default) q.set(spec.name, String(v))
  }
  return q.toString()
}

/** Raw string values from a query string, first occurrence winning. Bounded against abuse. */
export function queryToRaw(query: string): Record<string, string> {
  // No prototype: a hostile "__proto__" or "constructor" key stays an ordinary (unknown) name.
  const raw: Record<string, string> = Object.create(null)
  let count = 0
  for (const [k, v] of new URLSearchParams(query.slice(0, 4000))) {
    if (++count > 50) break
    if (!(k in raw)) raw[k] = v
  }
  return raw
}
