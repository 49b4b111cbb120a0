import { Tex } from '../../viz/Tex.tsx'
import { cellEquation } from './equations.ts'
import type { GateRun } from './model.ts'
import type { Focus } from './store.ts'

/** The focused cell's equation with its live numbers, and its value at full precision. */
export function CellDetail({
  run,
  focus,
  chars,
}: {
  run: GateRun
  focus: Focus | null
  chars: string[]
}) {
  const eq = focus ? cellEquation(run, focus.key, focus.t, focus.j) : null
  if (!focus || !eq) {
    return (
      <div className="gates-detail" aria-live="polite">
        <p className="gates-detail__hint">
          Hover a cell, or Tab into a map and move with the arrow keys, to see the equation that
          produced it.
        </p>
      </div>
    )
  }
  return (
    <div
      className="gates-detail"
      aria-live="polite"
      data-testid="gates-detail"
      data-key={focus.key}
      data-value={eq.value}
      data-preact={eq.preact ?? undefined}
      data-squash={eq.squash ?? undefined}
    >
      <p className="gates-detail__where">
        Step {focus.t} reads “{chars[focus.t - 1]}”, unit {focus.j + 1}: {eq.meaning}.
      </p>
      <div className="gates-detail__tex">
        <Tex tex={eq.tex} display />
      </div>
      <p className="gates-detail__full">
        {focus.key}
        <sub>{focus.t}</sub>[{focus.j + 1}] ={' '}
        <output data-testid="gates-value">{String(eq.value)}</output>
        {eq.preact !== null ? (
          <>
            {' '}
            from the pre-activation <output data-testid="gates-preact">{String(eq.preact)}</output>
          </>
        ) : null}
      </p>
    </div>
  )
}
