import { useState } from 'react'
import { CHAR_MODEL_ID, charModelMeta, type Corpus } from '../../train/tasks/char-model/meta.ts'
import { TrainingPanel } from '../training/TrainingPanel.tsx'
import { useTaskTrainer } from '../training/useTaskTrainer.ts'
import type { WidgetProps } from '../types.ts'
import { CorpusPicker } from './CorpusPicker.tsx'
import { CustomText } from './CustomText.tsx'
import { SampleView } from './SampleView.tsx'
import type { CharModelTrainerConfig } from './schema.ts'
import { CharModelStoreContext, createCharModelStore, useCharModel } from './store.ts'
import './charModel.css'

/** Character model trainer: train a char-RNN on "hello", the sonnets or your text, and sample it. */
export default function CharModelTrainer(props: WidgetProps) {
  const [store] = useState(createCharModelStore)
  return (
    <CharModelStoreContext.Provider value={store}>
      <Trainer {...props} />
    </CharModelStoreContext.Provider>
  )
}

function Trainer({ params, setParams, emit }: WidgetProps) {
  const config = params as unknown as CharModelTrainerConfig
  const text = useCharModel((s) => s.text)
  const pick = (corpus: Corpus) => setParams({ corpus })
  // "custom" with no text of the learner's yet has nothing to train on: no run until there is.
  const waiting = config.corpus === 'custom' && text === ''
  return (
    <div className="charmodel">
      <CorpusPicker corpus={config.corpus} onChange={pick} />
      {config.corpus === 'custom' ? <CustomText /> : null}
      {waiting ? null : (
        <Run config={config} text={text} params={params} setParams={setParams} emit={emit} />
      )}
    </div>
  )
}

interface RunProps extends WidgetProps {
  config: CharModelTrainerConfig
  text: string
}

/** One run: the trainer worker, its panel and the sample view. */
function Run({ config, text, params, setParams, emit }: RunProps) {
  const settings = { corpus: config.corpus, text: config.corpus === 'custom' ? text : '' }
  const { trainer, specs, restart } = useTaskTrainer(
    CHAR_MODEL_ID,
    charModelMeta.defaults.hyper,
    charModelMeta.tunable,
    params,
    settings,
    { target: charModelMeta.target, emit },
  )
  return (
    <>
      <TrainingPanel
        trainer={trainer}
        specs={specs}
        params={params}
        setParams={setParams}
        accuracy
        onRestart={restart}
      />
      <SampleView trainer={trainer} config={config} setParams={setParams} />
    </>
  )
}
