import { percent, topClass } from './model.ts'

interface Props {
  probabilities: readonly number[]
  /** The true digit, when the input came from the validation set. */
  label: number | null
}

/** The predicted class in big type and a bar per class for the softmax probabilities. */
export function Prediction({ probabilities, label }: Props) {
  const top = topClass(probabilities)
  const verdict =
    label === null ? null : `${label === top.digit ? 'Right' : 'Wrong'}: it is a ${label}.`
  return (
    <section className="digits-prediction" aria-label="Prediction">
      <p className="digits-prediction__top" role="status">
        Prediction <strong>{top.digit}</strong>{' '}
        <span title={String(top.p)}>({percent(top.p)})</span>
        {verdict ? <span className="digits-prediction__verdict">{verdict}</span> : null}
      </p>
      <ol className="digits-bars" aria-label="Probability of each digit">
        {probabilities.map((p, d) => (
          <li key={d} className={d === top.digit ? 'is-top' : undefined} title={`${d}: ${p}`}>
            <span className="digits-bars__digit">{d}</span>
            <span className="digits-bars__track" aria-hidden="true">
              <span className="digits-bars__bar" style={{ width: `${p * 100}%` }} />
            </span>
            <span className="digits-bars__value">{percent(p)}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
