import { policyInWords } from './model.ts'

interface Props {
  lookback: number
  revealed: boolean
  onReveal: (revealed: boolean) => void
  idBase: string
}

/** A disclosure button that shows the hidden ordering policy in words. */
export function PolicyReveal({ lookback, revealed, onReveal, idBase }: Props) {
  return (
    <div className="ic-reveal" data-param="reveal">
      <button
        type="button"
        aria-expanded={revealed}
        aria-controls={`${idBase}-policy`}
        onClick={() => onReveal(!revealed)}
      >
        {revealed ? 'Hide the owner’s policy' : 'Reveal the owner’s policy'}
      </button>
      <p id={`${idBase}-policy`} className="ic-reveal__text" hidden={!revealed}>
        {policyInWords(lookback)}
      </p>
    </div>
  )
}
