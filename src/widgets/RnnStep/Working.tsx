import { formatNumber } from '../../lesson/format.ts'
import { Tex } from '../../viz/Tex.tsx'
import { deckErratum, type StepModel } from './model.ts'
import { splitTex, texRow, workingTex } from './tex.ts'

interface Props {
  model: StepModel
  h: readonly number[]
  x: readonly number[]
  b: readonly number[]
  split: boolean
  /** The givens are the slide's, so its printed slip applies. */
  deck: boolean
}

/** The step written out with live numbers; optionally the split form, and the slide's slip. */
export function Working({ model, h, x, b, split, deck }: Props) {
  const same = model.split.maxDiff
  return (
    <div className="rnn-step__working" aria-live="polite">
      {workingTex(model, b, split).map((tex, i) => (
        <Tex key={i} tex={tex} display />
      ))}
      {split ? (
        <div className="rnn-step__split">
          {splitTex(model, h, x).map((tex, i) => (
            <Tex key={i} tex={tex} display />
          ))}
          <p className="rnn-step__note" data-testid="split-check">
            W’s first {model.H} rows are W<sub>hh</sub>, its last {model.D} W<sub>xh</sub>:{' '}
            {same === 0
              ? 'exactly the pre-activation above'
              : `the pre-activation above, up to ${formatNumber(same, 2)} of float rounding`}
            ; the engine’s RNNCell (PyTorch’s layout, W<sub>ih</sub> = W<sub>xh</sub>ᵀ) gives{' '}
            <Tex tex={String.raw`\mathbf{h}_t = ${texRow(model.split.h)}`} />.
          </p>
        </div>
      ) : null}
      {deck && deckErratum ? (
        <p className="rnn-step__erratum" data-testid="erratum">
          <strong>The slide has a slip.</strong> It prints {deckErratum.printed}; the engine
          computes <Tex tex={String.raw`[\mathbf{h}_{t-1}, \mathbf{x}_t] W = ${texRow(model.z)}`} />
          . {deckErratum.explanation}
        </p>
      ) : null}
    </div>
  )
}
