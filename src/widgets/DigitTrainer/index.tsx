import { useId, useState } from 'react'
import { digitsMeta } from '../../train/tasks/digits/meta.ts'
import { TrainingPanel } from '../training/TrainingPanel.tsx'
import { useTaskTrainer } from '../training/useTaskTrainer.ts'
import type { WidgetProps } from '../types.ts'
import { DrawView } from './DrawView.tsx'
import { ConfusionView, FiltersView } from './InspectViews.tsx'
import { digitTrainerSchema, type DigitTrainerConfig } from './schema.ts'
import { createDigitStore } from './store.ts'
import { ViewTabs } from './ViewTabs.tsx'
import '../../viz/grid.css'
import './digits.css'

const { defaults, tunable } = digitsMeta

/** What the panel offers: the schema's run parameters, with conv1's filter range and the training set size. */
const PANEL_SPECS = digitTrainerSchema.filter((s) => s.name !== 'view' && s.name !== 'digit')

/** Digit trainer: a small CNN learns real MNIST digits in a worker; draw a digit and look inside. */
export default function DigitTrainer({ params, setParams, emit }: WidgetProps) {
  const config = params as unknown as DigitTrainerConfig
  const { trainer, restart } = useTaskTrainer(
    digitsMeta.id,
    defaults.hyper,
    tunable,
    params,
    { trainSize: config.trainSize },
    { target: digitsMeta.target, emit },
  )
  const [store] = useState(createDigitStore)
  const id = useId()
  return (
    <div className="digits">
      <TrainingPanel
        trainer={trainer}
        specs={PANEL_SPECS}
        params={params}
        setParams={setParams}
        accuracy
        onRestart={restart}
      />
      <ViewTabs id={id} view={config.view} onView={(view) => setParams({ view })} />
      <div
        className="digits-panel"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${config.view}`}
      >
        {config.view === 'draw' ? (
          <DrawView
            trainer={trainer}
            store={store}
            digit={config.digit}
            setDigit={(digit) => setParams({ digit })}
          />
        ) : config.view === 'filters' ? (
          <FiltersView trainer={trainer} />
        ) : (
          <ConfusionView trainer={trainer} />
        )}
      </div>
    </div>
  )
}
