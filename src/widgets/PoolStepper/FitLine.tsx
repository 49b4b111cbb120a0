import type { WindowFit } from '../../engine/index.ts'
import { showNumber } from '../../engine/index.ts'
import { Tex } from '../../viz/Tex.tsx'

/** The output-size formula with live numbers, and in words why a configuration does not compute. */
export function FitLine({
  fit,
  errors,
  window,
}: {
  fit: WindowFit
  errors: string[]
  window: number
}) {
  const p = fit.padBefore
  const w = fit.padded - 2 * p
  // PyTorch floors a fraction: say so in the formula too.
  const rounded = fit.valid && !fit.exactFit ? String.raw` \;\Rightarrow\; ${fit.output}` : ''
  // An invalid configuration gets the formula with its numbers, but no size that could be misread.
  const result = fit.valid ? ` = ${showNumber(fit.exact)}${rounded}` : ''
  const tex = String.raw`\text{output size} = \frac{W + 2P - F}{S} + 1 = \frac{${w} + 2 \cdot ${p} - ${window}}{${fit.stride}} + 1${result},\quad \text{parameters} = 0`
  return (
    <div className="conv-fit">
      <div
        className="conv-fit__formula"
        tabIndex={0}
        role="region"
        aria-label="Output size formula"
      >
        <Tex tex={tex} />
      </div>
      {errors.length > 0 ? (
        <div className="conv-fit__error" role="alert">
          <strong>No output: </strong>
          {errors.join('; ')}.
        </div>
      ) : null}
      {fit.valid && fit.warnings.length > 0 ? (
        <p className="conv-fit__warning" role="status">
          <strong>Does not fit exactly: </strong>
          {fit.warnings.join('; ')}, as in PyTorch.
        </p>
      ) : null}
    </div>
  )
}
