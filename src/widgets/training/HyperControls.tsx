import { useId, useState } from 'react'
import { LIVE_HYPERPARAMETERS } from '../../train/trainer.ts'
import type { Hyperparameters } from '../../train/task.ts'
import type { Params, ParamSpec } from '../params.ts'

interface Props {
  /** The hyperparameter and seed specs to show (from hyperParams). */
  specs: readonly ParamSpec[]
  params: Params
  setParams: (patch: Partial<Params>) => void
}

const LOG_MIN = -4
const LOG_MAX = 0

/** A number typed by hand: kept as text while typing, applied on Enter or leaving the field. */
function NumberField({
  spec,
  value,
  onCommit,
}: {
  spec: ParamSpec
  value: number
  onCommit: (v: number) => void
}) {
  const [draft, setDraft] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const id = useId()
  if (spec.type !== 'number' && spec.type !== 'integer') return null
  const commit = () => {
    if (draft === null) return
    const v = Number(draft.trim())
    const whole = spec.type === 'integer'
    if (
      draft.trim() === '' ||
      !Number.isFinite(v) ||
      (whole && !Number.isInteger(v)) ||
      v < spec.min ||
      v > spec.max
    ) {
      setProblem(
        `${whole ? 'A whole number' : 'A number'} from ${spec.min} to ${spec.max}, please.`,
      )
      return
    }
    setProblem(null)
    setDraft(null)
    if (v !== value) onCommit(v)
  }
  return (
    <>
      <input
        id={id}
        inputMode={spec.type === 'integer' ? 'numeric' : 'decimal'}
        value={draft ?? String(value)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {problem && (
        <span className="train-field__problem" id={`${id}-problem`} role="alert">
          {problem}
        </span>
      )}
    </>
  )
}

/** The learning rate on a log scale, where its sensible values spread evenly. */
function LearningRate({ value, onChange }: { value: number; onChange: (v: number) => void }) {
  return (
    <>
      <input
        type="range"
        min={LOG_MIN}
        max={LOG_MAX}
        step={0.05}
        value={Math.log10(value)}
        aria-label="Learning rate (log scale)"
        aria-valuetext={String(value)}
        onChange={(e) => onChange(Number((10 ** Number(e.target.value)).toPrecision(2)))}
      />
      <output>{value}</output>
    </>
  )
}

/** Hyperparameter controls bound to the widget's params; a change to a structural one restarts the run. */
export function HyperControls({ specs, params, setParams }: Props) {
  return (
    <div className="train-hyper">
      {specs.map((spec) => {
        const live = LIVE_HYPERPARAMETERS.includes(spec.name as keyof Hyperparameters)
        const value = params[spec.name]
        let control
        if (spec.name === 'lr') {
          control = <LearningRate value={value as number} onChange={(lr) => setParams({ lr })} />
        } else if (spec.type === 'choice') {
          control = (
            <select
              value={String(value)}
              onChange={(e) => setParams({ [spec.name]: e.target.value })}
            >
              {spec.choices.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )
        } else {
          control = (
            <NumberField
              spec={spec}
              value={value as number}
              onCommit={(v) => setParams({ [spec.name]: v })}
            />
          )
        }
        return (
          <label key={spec.name} className="train-field" data-param={spec.name}>
            <span>
              {spec.label}
              {!live && <span className="train-field__note"> (restarts)</span>}
            </span>
            {control}
          </label>
        )
      })}
    </div>
  )
}
