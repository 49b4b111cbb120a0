import { useState } from 'react'
import type { ParamSpec } from '../params.ts'

/**
 * A whole-number field that keeps what the learner types and commits only a valid value; anything
 * else is refused in place with the reason, and leaving the field restores the current value.
 */
export function NumberField({
  spec,
  value,
  onCommit,
}: {
  spec: Extract<ParamSpec, { type: 'integer' }>
  value: number
  onCommit: (v: number) => void
}) {
  const [draft, setDraft] = useState<string | null>(null)
  const text = draft ?? String(value)
  const n = Number(text.trim())
  const ok = /^\s*\d+\s*$/.test(text) && n >= spec.min && n <= spec.max
  return (
    <label className="shape-field">
      <span>{spec.label}</span>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={!ok || undefined}
        onChange={(e) => {
          const t = e.target.value
          setDraft(t)
          const v = Number(t.trim())
          if (/^\s*\d+\s*$/.test(t) && v >= spec.min && v <= spec.max) onCommit(v)
        }}
        onBlur={() => setDraft(null)}
        onKeyDown={(e) => {
          const step = { ArrowUp: 1, ArrowDown: -1 }[e.key]
          if (step === undefined || !ok) return
          e.preventDefault()
          const v = Math.min(spec.max, Math.max(spec.min, n + step))
          setDraft(null)
          onCommit(v)
        }}
      />
      {ok ? null : (
        <small className="shape-field__error" role="alert">
          {`A whole number from ${spec.min} to ${spec.max}`}
        </small>
      )}
    </label>
  )
}
