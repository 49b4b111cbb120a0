import { useEffect } from 'react'
import type { TrainerClient } from '../../train/client.ts'
import type { InspectQuery } from '../../train/task.ts'
import { useTrainerState } from '../../train/useTrainer.ts'

/**
 * The trainer's latest answer to `query` under `key` and the step it was taken at, refreshed while
 * training goes; re-asked when the query changes, dropped when the view goes away.
 */
export function useWatch<T>(
  trainer: TrainerClient,
  key: string,
  query: InspectQuery,
): { step: number; value: T } | null {
  const json = JSON.stringify(query)
  useEffect(() => {
    trainer.watch(key, JSON.parse(json) as InspectQuery)
    return () => trainer.unwatch(key)
  }, [trainer, key, json])
  const answer = useTrainerState(trainer, (s) => s.inspections[key])
  return answer ? { step: answer.step, value: answer.value as T } : null
}
