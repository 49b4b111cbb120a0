import { useEffect, useState } from 'react'
import type { TrainerClient } from '../../train/client.ts'
import type { InspectQuery } from '../../train/task.ts'
import { useTrainerState } from '../../train/useTrainer.ts'

/**
 * The trainer's latest answer to `query`, kept fresh while it trains (a watch): re-asked when the
 * query changes, dropped when the view goes away.
 */
export function useWatched<T>(
  trainer: TrainerClient,
  key: string,
  query: InspectQuery | null,
): T | null {
  const json = query && JSON.stringify(query)
  useEffect(() => {
    if (!json) return
    trainer.watch(key, JSON.parse(json) as InspectQuery)
    return () => trainer.unwatch(key)
  }, [trainer, key, json])
  const answer = useTrainerState(trainer, (s) => s.inspections[key])
  return json ? ((answer?.value as T | undefined) ?? null) : null
}

/**
 * An answer asked for once per `version` instead of watched: for a query too costly to repeat a few
 * times a second (the whole validation set), the caller says when it is worth asking again (null:
 * not now, e.g. while the model loads).
 */
export function useAskedWhen<T>(
  trainer: TrainerClient,
  query: InspectQuery,
  version: string | null,
): T | null {
  const [answer, setAnswer] = useState<T | null>(null)
  const json = JSON.stringify(query)
  useEffect(() => {
    if (version === null) return
    let live = true
    trainer
      .inspect(JSON.parse(json) as InspectQuery)
      .then((value) => live && setAnswer(value as T))
      // A refused or failed question leaves the last answer up; the panel shows the trainer's errors.
      .catch(() => {})
    return () => {
      live = false
    }
  }, [trainer, json, version])
  return answer
}
