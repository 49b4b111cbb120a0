import { formatNumber } from '../../lesson/format.ts'
import { NumberGrid } from '../../viz/NumberGrid.tsx'
import { Tex } from '../../viz/Tex.tsx'
import { phaseErratum, type NetModel } from './model.ts'
import { PHASES, type PhaseId } from './schema.ts'
import { phaseTex } from './tex.ts'

interface Props {
  model: NetModel
  step: number
  /** The givens are the slide's, so its printed slips apply. */
  deck: boolean
  color: (v: number) => string
}

const SAYS: Record<PhaseId, string> = {
  layer1:
    'Each hidden unit takes a weighted sum of the inputs (one column of Θ₁) and squashes it with the sigmoid.',
  layer2: 'The output unit does the same with the hidden values and Θ₂.',
  loss: 'The error: half the squared distance between output and target.',
  delta2:
    'Start at the end: how fast E changes with the output’s pre-activation s₂. Two factors: the loss’s slope, then the sigmoid’s.',
  gradW2:
    'A weight’s gradient is what flows into its edge (h₁) times the delta where the edge ends (δ₂).',
  delta1:
    'Push δ₂ back along Θ₂ (each hidden unit collects it from its edges), then through the hidden sigmoid’s slope.',
  gradW1: 'The same rule one layer down: input times hidden delta.',
  update: 'Every weight steps against its gradient, scaled by the learning rate γ.',
  after: 'Run the forward pass again with the new weights, and compare the loss.',
}

const agreementText = (d: number) =>
  d === 0 ? 'exactly the same numbers' : `the same numbers, up to ${formatNumber(d, 2)} of rounding`

/** The current phase written out: what it does, its formulas with live numbers, and notes. */
export function Working({ model, step, deck, color }: Props) {
  const phase = PHASES[step]
  const erratum = deck ? phaseErratum(phase.id) : undefined
  const readout = (name: string, quantity: string, v: number) => (
    <div>
      <dt>{name}</dt>
      <dd>
        <output data-quantity={quantity} data-value={String(v)} title={String(v)}>
          {formatNumber(v, 4)}
        </output>
      </dd>
    </div>
  )
  return (
    <section className="bp-working" aria-live="polite" aria-label="Working">
      <h4 className="bp-working__title">
        {step + 1}. {phase.title}
      </h4>
      <p className="bp-working__says">{SAYS[phase.id]}</p>
      <div className="bp-working__tex" tabIndex={0} role="region" aria-label="Formulas">
        {phaseTex(model, phase.id).map((tex, i) => (
          <Tex key={i} tex={tex} display />
        ))}
      </div>
      {phase.id === 'update' ? (
        <div className="bp-givens bp-after">
          {(['W1', 'W2'] as const).map((w) => (
            <div className="bp-given" key={w}>
              <span className="bp-given__caption">
                Θ<sub>{w[1]}</sub> after the step
              </span>
              <NumberGrid
                values={model[w]}
                label={`Θ${w[1]} after the step`}
                color={color}
                digits={4}
              />
            </div>
          ))}
        </div>
      ) : null}
      {phase.id === 'loss' || phase.id === 'after' ? (
        <dl className="bp-readout">
          {readout('E', 'loss', model.forward.loss)}
          {phase.id === 'after'
            ? readout('E′ after the step', 'loss-after', model.after.loss)
            : null}
        </dl>
      ) : null}
      {phase.kind === 'backward' ? (
        <p className="bp-note" data-testid="agreement">
          The engine’s autograd (<code>E.backward()</code>) gives {agreementText(model.agreement)}.
        </p>
      ) : null}
      {phase.id === 'delta1' ? (
        <p className="bp-note">
          On the way back through Θ₂ and one layer of sigmoids the error signal was scaled by ‖δ₁‖ /
          ‖δ₂‖ = {formatNumber(model.shrink, 3)}. Every σ′ is at most ¼, so each sigmoid layer adds
          another factor of at most ¼.
        </p>
      ) : null}
      {phase.id === 'after' ? (
        <p className="bp-note" data-testid="verdict">
          {model.change < 0
            ? 'The step lowered the loss.'
            : model.change > 0
              ? 'The step raised the loss: with this learning rate it overshoots.'
              : 'Nothing changed: γ is 0 or every gradient is 0.'}
        </p>
      ) : null}
      {erratum ? (
        <details className="bp-erratum" data-testid="erratum">
          <summary>
            <strong>The slide has a slip.</strong> It prints: {erratum.printed}.
          </summary>
          {erratum.explanation} The numbers above are the engine’s.
        </details>
      ) : null}
    </section>
  )
}
