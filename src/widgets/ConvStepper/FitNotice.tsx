import type { WindowFit } from '../../engine/index.ts'
import { showNumber } from '../../engine/index.ts'
import { Tex } from '../../viz/Tex.tsx'

/** The output-size formula with this configuration's numbers, and why it does not fit, if it does not. */
export function FitNotice({
  fit,
  kernel,
  unread,
}: {
  fit: WindowFit
  kernel: number
  unread: number
}) {
  const p = fit.padBefore
  const w = fit.padded - 2 * p
  // PyTorch floors a fraction: say so in the formula too.
  const rounded = fit.valid && !fit.exactFit ? String.raw` \;\Rightarrow\; ${fit.output}` : ''
  const tex = String.raw`\text{output size} = (W + 2P - D(F-1) - 1)/S + 1 = (${w} + 2 \cdot ${p} - ${fit.dilation} \cdot (${kernel} - 1) - 1)/${fit.stride} + 1 = ${showNumber(fit.exact)}${rounded}`
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
      {fit.errors.length > 0 ? (
        <div className="conv-fit__error" role="alert">
          <strong>No output: </strong>
          {fit.errors.join('; ')}. Make the kernel, dilation or stride smaller, or pad more.
        </div>
      ) : null}
      {fit.warnings.length > 0 ? (
        <p className="conv-fit__warning" role="status">
          <strong>Does not fit exactly: </strong>
          {fit.warnings.join('; ')}, as in PyTorch
          {unread > 0 ? `: the ${unread} input cells outlined in orange are never read` : ''}.
        </p>
      ) : null}
    </div>
  )
}
