import type { CellKind } from './schema.ts'
import type { UnitRole } from './weights.ts'

const shown = (c: string) => (c === ' ' ? 'a space' : `“${c}”`)

/** What each hand-set unit was wired to do, in words, for the watched character. */
export function UnitsNote({
  roles,
  target,
  cell,
}: {
  roles: UnitRole[]
  target: string
  cell: CellKind
}) {
  const t = shown(target)
  const state = cell === 'gru' ? 'h' : 'c'
  const says: Record<UnitRole, string> = {
    counter: `counts ${t}: its forget gate is held open and its input gate opens only on ${t}, so c grows by about 1 each time`,
    latch: `latches on ${t}: it keeps its state until ${t} arrives, then writes 1 and keeps that; a ${cell === 'gru' ? 'GRU' : 'coupled LSTM'} averages old and new, so it cannot count`,
    detector: `detects ${t}: it forgets everything each step and writes +1 on ${t}, −1 otherwise`,
  }
  return (
    <>
      <strong>Hand-set</strong>:{' '}
      {roles.map((r, u) => (
        <span key={u}>
          unit {u + 1} {says[r]} (watch {state});{' '}
        </span>
      ))}
      any other units keep their untrained seeded weights.
    </>
  )
}
