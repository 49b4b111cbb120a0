import { formatNumber } from '../../lesson/format.ts'
import { NumberGrid } from '../../viz/NumberGrid.tsx'
import { Tex } from '../../viz/Tex.tsx'
import { minus, norm, runningSum, type BpttRun } from './model.ts'

interface Props {
  run: BpttRun
  /** Time of the step in focus (1..T). */
  t: number
  color: (v: number) => string
}

// A vector for TeX (ASCII minus, TeX spacing) or for plain text.
const vec = (v: number[], tex = true) =>
  `(${v.map((x) => (tex ? formatNumber(x, 3).replace('−', '-') : formatNumber(x, 3))).join(tex ? ',\\ ' : ', ')})`

function Matrix({
  title,
  values,
  color,
  testId,
}: {
  title: string
  values: number[][]
  color: Props['color']
  testId: string
}) {
  return (
    <figure className="bptt__matrix" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <NumberGrid values={values} label={title} color={color} digits={2} />
    </figure>
  )
}

/** Where the backward pass stands: dL/dh_t, this step's share G_t of dL/dW_hh and the running sum. */
export function StepPanel({ run, t, color }: Props) {
  const T = run.config.steps
  const dh = run.dh[t - 1]
  const sum = runningSum(run.contributions, t)
  const done = t === 1
  const gap = Math.max(...minus(run.total, run.autograd).flat().map(Math.abs))
  return (
    <section className="bptt__panel" aria-label="Backward step">
      <Tex
        display
        tex={String.raw`\frac{\partial L}{\partial \mathbf h_{${t}}} = ${vec(dh)},\quad \lVert\cdot\rVert = ${formatNumber(norm(dh), 4)}`}
      />
      <Tex
        display
        tex={String.raw`G_{${t}} = \bigl(\tfrac{\partial L}{\partial \mathbf h_{${t}}} \odot \tanh'(\mathbf a_{${t}})\bigr)\, \mathbf h_{${t - 1}}^{\mathsf T}`}
      />
      <div className="bptt__matrices">
        <Matrix
          title={`G_${t}, step ${t}’s share`}
          values={run.contributions[t - 1]}
          color={color}
          testId="contribution"
        />
        <Matrix title={`Σ G_u for u = ${t}…${T}`} values={sum} color={color} testId="running-sum" />
      </div>
      {done ? (
        <p className="bptt__check" data-testid="autograd-check">
          All {T} shares added: this is ∂L/∂W_hh.{' '}
          {gap === 0
            ? 'Autograd’s gradient from the same backward pass is identical.'
            : `Autograd’s gradient from the same backward pass differs by at most ${formatNumber(gap, 2)} (rounding).`}{' '}
          ∂L/∂h₀ = <span data-testid="h0-grad">{vec(run.h0Grad, false)}</span>: a learned h₀ takes
          this gradient as its update.
        </p>
      ) : (
        <p className="bptt__check">
          Running sum after {T - t + 1} of {T} steps; keep stepping back to reach h₁ and h₀.
        </p>
      )}
    </section>
  )
}

/** Full against truncated BPTT: both W_hh gradients, their difference and its relative size. */
export function TruncationPanel({ run, color }: Omit<Props, 't'>) {
  const { k, steps: T, lossAt } = run.config
  // Summing the same shares in another order leaves ~1e-17: show that as the 0 it is.
  const tiny = 1e-12 * Math.max(...run.total.flat().map(Math.abs))
  const diff = minus(run.total, run.truncated.total).map((row) =>
    row.map((v) => (Math.abs(v) <= tiny ? 0 : v)),
  )
  const relative = norm(diff) / Math.max(norm(run.total), 1e-300)
  const window = Math.min(k, T)
  return (
    <section className="bptt__panel" aria-label="Truncated BPTT">
      <p className="bptt__trunc-how">
        Window k = {window}: {lossAt === 'last' ? 'the loss' : 'each loss'} sends its gradient back
        through at most {window} step{window > 1 ? 's' : ''}.{' '}
        {window >= T ? 'That reaches h₁, so truncation changes nothing.' : ''}
      </p>
      <div className="bptt__matrices">
        <Matrix title="full ∂L/∂W_hh" values={run.total} color={color} testId="full-grad" />
        <Matrix
          title={`truncated, k = ${window}`}
          values={run.truncated.total}
          color={color}
          testId="trunc-grad"
        />
        <Matrix title="full − truncated" values={diff} color={color} testId="trunc-diff" />
      </div>
      <p>
        ‖full − truncated‖ / ‖full‖ ={' '}
        <strong data-testid="trunc-relative" title={String(relative)}>
          {formatNumber(relative, 3)}
        </strong>
        ; truncated ∂L/∂h₀ = {vec(run.truncated.h0Grad, false)}
      </p>
    </section>
  )
}
