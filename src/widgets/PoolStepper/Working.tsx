import { formatNumber } from '../../lesson/format.ts'
import type { GradientRoute, PoolStep } from '../../trace/poolSteps.ts'
import { divergingColor, maxAbs } from '../../viz/colors.ts'
import { NumberGrid } from '../../viz/NumberGrid.tsx'
import { Tex } from '../../viz/Tex.tsx'
import { windowGrid } from './model.ts'
import type { PoolMode } from './schema.ts'
import { backwardTex, forwardTex } from './tex.ts'

interface Props {
  step: PoolStep
  mode: PoolMode
  p: number
  window: number
  /** The backward route of this output cell, in the backward view. */
  route: GradientRoute | null
}

const TITLE: Record<PoolMode, string> = {
  max: 'window, max',
  avg: 'window, mean',
  lp: 'window, p-norm',
}

/** One output cell worked out: its window (the winner outlined), the result, and the formula. */
export function Working({ step, mode, p, window, route }: Props) {
  const values = windowGrid(step, window)
  const color = divergingColor(maxAbs(values.flat()))
  const k = step.winner
  return (
    <>
      <section className="conv-panel conv-work" aria-label="Working">
        <h4 className="conv-panel__title">{TITLE[mode]}</h4>
        <NumberGrid
          label="Window"
          values={values}
          color={color}
          mark={(r, c) => {
            const i = r * window + c
            if (i === k) return 'active'
            return step.cells[i].padding ? 'padding' : null
          }}
        />
        <p className="visually-hidden" aria-live="polite">
          {poolSentence(step, mode, p, window * window)}
        </p>
        <dl className="conv-work__sums">
          {step.sum !== undefined ? (
            <div>
              <dt>{mode === 'avg' ? 'Σ x' : `Σ xᵖ`}</dt>
              <dd title={String(step.sum)}>{formatNumber(step.sum)}</dd>
            </div>
          ) : null}
          {k !== undefined ? (
            <div>
              <dt>arg max</dt>
              <dd>
                ({step.cells[k].at[0] + 1}, {step.cells[k].at[1] + 1})
              </dd>
            </div>
          ) : null}
          <div>
            <dt>
              y at ({step.out[0] + 1}, {step.out[1] + 1})
            </dt>
            <dd>
              <output
                className="conv-work__z"
                data-value={String(step.value)}
                title={String(step.value)}
              >
                {formatNumber(step.value)}
              </output>
            </dd>
          </div>
        </dl>
      </section>
      <div
        className="conv-work__tex"
        tabIndex={0}
        role="region"
        aria-label="The pooling as a formula"
      >
        <Tex tex={route ? backwardTex(route, step, mode, p) : forwardTex(step, mode, p)} display />
      </div>
    </>
  )
}

const HOW: Record<PoolMode, string> = { max: 'the largest', avg: 'the mean', lp: 'the p-norm' }

/**
 * The step in words, for screen readers: "Output row 1, column 2: 5, the largest of the 4 values in
 * its window, at input row 1, column 4." (the live region speaks it each time the window moves).
 */
export function poolSentence(step: PoolStep, mode: PoolMode, p: number, size: number): string {
  const [r, c] = step.out
  const of = mode === 'lp' ? `the ${formatNumber(p)}-norm` : HOW[mode]
  const at =
    step.winner !== undefined
      ? `, at input row ${step.cells[step.winner].at[0] + 1}, column ${step.cells[step.winner].at[1] + 1}`
      : ''
  return `Output row ${r + 1}, column ${c + 1}: ${formatNumber(step.value)}, ${of} of the ${size} values in its window${at}.`
}
