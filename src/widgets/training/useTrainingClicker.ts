/**
 * Clicker steps for a trainer on a slide: "next" trains one round of `round` steps (the lecturer
 * advances the training as they talk), "previous" goes back to the checkpoint before the current
 * step; only past the budget (or at step 0) does the press move the deck.
 */
import { useClickerSteps } from '../../lesson/clicker.ts'
import type { TrainerClient } from '../../train/client.ts'
import { useTrainerState } from '../../train/useTrainer.ts'

export function useTrainingClicker(client: TrainerClient, round: number): void {
  const step = useTrainerState(client, (s) => s.step)
  const budget = useTrainerState(client, (s) => s.budget)
  const status = useTrainerState(client, (s) => s.status)
  const checkpoints = useTrainerState(client, (s) => s.checkpoints)
  const usable = status === 'ready' || status === 'paused' || status === 'done'
  const at = Math.ceil(step / round)
  useClickerSteps(
    usable && budget > 0
      ? {
          step: at,
          count: Math.ceil(budget / round) + 1,
          go: (to) => {
            if (to > at) client.step(round)
            else {
              const back = checkpoints.filter((c) => c < step).at(-1)
              if (back !== undefined) client.rewind(back)
            }
          },
        }
      : null,
  )
}
