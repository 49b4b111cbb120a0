import type { SampleAnswer } from '../../train/tasks/char-model/queries.ts'
import { describeSkipped, visibleChar } from './model.ts'

/** A generated sample: the step it was taken at, the prime the model read, then what it wrote. */
export function SampleText({ step, answer }: { step: number; answer: SampleAnswer }) {
  return (
    <div className="charmodel__sample">
      <p className="charmodel__sample-head">
        Sample after step <strong>{step}</strong>
        {answer.temperature === 0 ? ', greedy' : `, temperature ${answer.temperature}`}
      </p>
      <pre className="charmodel__sample-text" tabIndex={0} aria-label={`Sample after step ${step}`}>
        <span className="charmodel__prime" title="What the model read first">
          {answer.prime}
        </span>
        {answer.text}
      </pre>
      {answer.unknown.length > 0 ? (
        <p className="charmodel__note">
          Skipped {describeSkipped(answer.unknown)}: the model has never seen{' '}
          {answer.unknown.length === 1 ? 'it' : 'them'} in its text.
          {answer.defaulted
            ? ` Nothing else was left, so it started from “${visibleChar(answer.prime)}”.`
            : ''}
        </p>
      ) : null}
    </div>
  )
}
