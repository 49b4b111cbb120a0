import { formatNumber } from '../../lesson/format.ts'
import type { ClipResult } from './model.ts'

/** Shown entries of the gradient: enough to see every one scaled by the same factor. */
const SHOWN = 3

/** Clipping by norm on the gradient that reaches h_0: length capped, direction kept. */
export function ClipPanel({ result, maxNorm }: { result: ClipResult; maxNorm: number }) {
  const n = (v: number) => formatNumber(v, 3)
  const factor = result.normBefore > 0 ? result.normAfter / result.normBefore : 1
  return (
    <section className="gf-clip" aria-label="Gradient clipping" aria-live="polite">
      <p>
        <code>clipGradNorm(g, {n(maxNorm)})</code> on g = ∂L/∂h₀: norm{' '}
        <strong>{n(result.normBefore)}</strong> → <strong>{n(result.normAfter)}</strong>
        {result.clipped
          ? `: every entry ×${n(factor)}, cos(before, after) = ${n(result.cosine)}: same direction.`
          : ': within the limit, so unchanged (clipping never enlarges a gradient).'}
      </p>
      <table className="gf-clip__table">
        <tbody>
          <tr>
            <th scope="row">before</th>
            {result.before.slice(0, SHOWN).map((v, i) => (
              <td key={i}>{n(v)}</td>
            ))}
            <td>…</td>
          </tr>
          <tr>
            <th scope="row">after</th>
            {result.after.slice(0, SHOWN).map((v, i) => (
              <td key={i}>{n(v)}</td>
            ))}
            <td>…</td>
          </tr>
        </tbody>
      </table>
    </section>
  )
}
