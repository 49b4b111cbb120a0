import type { StoreApi } from 'zustand'
import { useStore } from 'zustand'
import type { TrainerClient } from '../../train/client.ts'
import type { FeatureMapsAnswer } from '../../train/tasks/digits/inspect.ts'
import { DigitPicker } from './DigitPicker.tsx'
import { DrawPad } from './DrawPad.tsx'
import { FeatureMaps, NetworkInput } from './FeatureMaps.tsx'
import { Prediction } from './Prediction.tsx'
import * as sel from './store.ts'
import { useWatched } from './useInspection.ts'

interface Props {
  trainer: TrainerClient
  store: StoreApi<sel.DigitState>
  /** The validation digit the params name. */
  digit: number
  setDigit: (index: number) => void
}

/** Draw (or pick) a digit; read the network's prediction and its feature maps as it trains. */
export function DrawView({ trainer, store, digit, setDigit }: Props) {
  const source = useStore(store, sel.selectSource)
  const drawn = useStore(store, sel.selectDrawn)
  const setDrawn = useStore(store, sel.selectSetDrawn)
  const showValidation = useStore(store, sel.selectShowValidation)
  const query =
    source === 'validation'
      ? { kind: 'featureMaps', index: digit }
      : drawn && { kind: 'featureMaps', pixels: drawn }
  const answer = useWatched<FeatureMapsAnswer>(trainer, 'digit', query)
  const shown = source === 'validation' && answer?.label != null ? answer.input : null
  return (
    <div className="digits-draw">
      <div className="digits-draw__input">
        <DrawPad shown={shown} onDrawn={setDrawn} />
        <DigitPicker
          digit={digit}
          active={source === 'validation'}
          onDigit={(index) => {
            showValidation()
            setDigit(index)
          }}
        />
      </div>
      {answer ? (
        <>
          <div className="digits-draw__prediction">
            <NetworkInput input={answer.input} />
            <Prediction probabilities={answer.probabilities} label={answer.label} />
          </div>
          <FeatureMaps answer={answer} />
        </>
      ) : (
        <p className="digits-hint" role="status">
          {query
            ? 'Loading the digits and the network…'
            : 'Draw a digit on the pad, as large as you like.'}
        </p>
      )}
    </div>
  )
}
