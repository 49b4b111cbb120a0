import { useId } from 'react'
import type { TrainerClient } from '../../train/client.ts'
import { MAX_TEMPERATURE } from '../../train/tasks/char-model/queries.ts'
import type { NextAnswer, SampleAnswer } from '../../train/tasks/char-model/queries.ts'
import { nextQuery, sampleQuery, temperatureLabel, vocabFacts } from './model.ts'
import { NextChars } from './NextChars.tsx'
import { SampleText } from './SampleText.tsx'
import { MAX_PRIME, type CharModelTrainerConfig } from './schema.ts'
import type { WidgetProps } from '../types.ts'
import { useWatch } from './useWatch.ts'

interface SampleViewProps {
  trainer: TrainerClient
  config: CharModelTrainerConfig
  setParams: WidgetProps['setParams']
}

/** Samples as training goes: temperature and priming text in, generated text and next-character odds out. */
export function SampleView({ trainer, config, setParams }: SampleViewProps) {
  const id = useId()
  const { prime, temperature, length } = config
  const sample = useWatch<SampleAnswer>(trainer, 'sample', sampleQuery(prime, temperature, length))
  const next = useWatch<NextAnswer>(trainer, 'next', nextQuery(prime))
  const facts = sample ? vocabFacts(sample.value.vocab) : null
  return (
    <section className="charmodel__samples" aria-label="Samples">
      <div className="charmodel__sample-controls">
        <div className="charmodel__control" data-param="temperature">
          <label htmlFor={`${id}-t`}>Temperature</label>
          <input
            id={`${id}-t`}
            type="range"
            min={0}
            max={MAX_TEMPERATURE}
            step={0.05}
            value={temperature}
            aria-valuetext={temperatureLabel(temperature)}
            onChange={(e) => setParams({ temperature: Number(e.target.value) })}
          />
          <output htmlFor={`${id}-t`}>{temperatureLabel(temperature)}</output>
        </div>
        <div className="charmodel__control" data-param="prime">
          <label htmlFor={`${id}-p`}>Priming text</label>
          <input
            id={`${id}-p`}
            type="text"
            value={prime}
            maxLength={MAX_PRIME}
            spellCheck={false}
            placeholder="e.g. Shall I"
            onChange={(e) => setParams({ prime: e.target.value })}
          />
        </div>
      </div>
      <div className="charmodel__sample-body">
        {sample ? (
          <SampleText step={sample.step} answer={sample.value} />
        ) : (
          <p className="charmodel__note">Waiting for the first sample…</p>
        )}
        <div className="charmodel__side">
          {next ? <NextChars answer={next.value} /> : null}
          {facts ? (
            <p className="charmodel__facts">
              V = {facts.size} characters: a uniform guess scores ln V ={' '}
              <span title={String(facts.uniform)}>{facts.uniform.toFixed(3)}</span>
            </p>
          ) : null}
          {sample && !sample.value.heldOut ? (
            <p className="charmodel__facts">
              The text is too short to hold a part out: validation reuses the training text.
            </p>
          ) : null}
        </div>
      </div>
    </section>
  )
}
