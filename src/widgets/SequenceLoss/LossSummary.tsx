import { useId } from 'react'
import { formatNumber } from '../../lesson/format.ts'
import { Tex } from '../../viz/Tex.tsx'
import type { LossTable, Normalize } from './model.ts'

interface Props {
  table: LossTable
  normalize: Normalize
  onNormalize: (n: Normalize) => void
}

const n4 = (v: number) => formatNumber(v, 4).replace('−', '-')

/** The batch loss both ways, with live numbers; the chosen convention is the one reported. */
export function LossSummary({ table, normalize, onNormalize }: Props) {
  const { total, counted, batch, perSequence, perToken } = table
  const sequences = String.raw`L = \frac{1}{M}\sum_{m,s} \text{mask}_{ms}\,\ell_{ms} = \frac{${n4(total)}}{${batch}} = ${n4(perSequence)}`
  const tokens =
    perToken === null
      ? null
      : String.raw`L = \frac{\sum_{m,s} \text{mask}_{ms}\,\ell_{ms}}{\sum_{m,s} \text{mask}_{ms}} = \frac{${n4(total)}}{${counted}} = ${n4(perToken)}`
  const group = useId()
  const chosen = normalize === 'tokens' ? perToken : perSequence
  return (
    <div className="seqloss__summary">
      <fieldset className="seqloss__choice">
        <legend>Divide the summed terms by</legend>
        <label>
          <input
            type="radio"
            name={group}
            checked={normalize === 'sequences'}
            onChange={() => onNormalize('sequences')}
          />
          the M = {batch} sequences (the lecture)
        </label>
        <label>
          <input
            type="radio"
            name={group}
            checked={normalize === 'tokens'}
            onChange={() => onNormalize('tokens')}
          />
          the {counted} unpadded positions (crossEntropy’s mean)
        </label>
      </fieldset>
      <div className={`seqloss__way${normalize === 'sequences' ? ' is-chosen' : ''}`}>
        <Tex display tex={sequences} />
      </div>
      <div className={`seqloss__way${normalize === 'tokens' ? ' is-chosen' : ''}`}>
        {tokens ? (
          <Tex display tex={tokens} />
        ) : (
          <p>
            Every position is padded: there is no term to average over, so no per-position mean.
          </p>
        )}
      </div>
      <p className="seqloss__result" aria-live="polite">
        Batch loss:{' '}
        <strong data-testid="batch-loss" title={chosen === null ? '' : String(chosen)}>
          {chosen === null ? 'undefined' : formatNumber(chosen, 4)}
        </strong>{' '}
        (sum of {counted} terms = {formatNumber(total, 4)})
      </p>
    </div>
  )
}
