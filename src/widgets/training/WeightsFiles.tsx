import { useRef, useState } from 'react'
import type { TrainerClient } from '../../train/client.ts'
import { useTrainerState } from '../../train/useTrainer.ts'
import { MAX_WEIGHTS_BYTES, parseWeightsFile, type WeightsFile } from '../../train/weights.ts'

interface Props {
  client: TrainerClient
  /** Called with a file the worker accepted, so the widget can show its hyperparameters and seed. */
  onLoaded: (file: WeightsFile) => void
}

/** Save the current weights as JSON, or load a saved file back (checked before anything changes). */
export function WeightsFiles({ client, onLoaded }: Props) {
  const status = useTrainerState(client, (s) => s.status)
  const input = useRef<HTMLInputElement>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const busy = status === 'loading' || status === 'crashed' || status === 'running'

  const save = async () => {
    try {
      const file = await client.save()
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(file)], { type: 'application/json' }),
      )
      const a = document.createElement('a')
      a.href = url
      a.download = `unfold-${file.task}-step${file.step}.json`
      a.click()
      setTimeout(() => URL.revokeObjectURL(url), 1000)
      setMessage({ ok: true, text: `Saved the weights at step ${file.step}.` })
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message })
    }
  }

  const load = async (picked: File | undefined) => {
    if (!picked) return
    try {
      if (picked.size > MAX_WEIGHTS_BYTES)
        throw new RangeError('This file is far larger than any weights file.')
      const file = parseWeightsFile(await picked.text())
      await client.load(file)
      onLoaded(file)
      setMessage({ ok: true, text: `Loaded the weights saved at step ${file.step}.` })
    } catch (e) {
      setMessage({ ok: false, text: `Nothing was changed: ${(e as Error).message}` })
    } finally {
      if (input.current) input.current.value = ''
    }
  }

  return (
    <div className="train-files">
      <button type="button" className="train-button" disabled={busy} onClick={save}>
        Save weights
      </button>
      <label className={`train-button${busy ? ' train-button--disabled' : ''}`}>
        Load weights
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          className="train-files__input"
          disabled={busy}
          onChange={(e) => load(e.target.files?.[0])}
        />
      </label>
      {message && (
        <span className={message.ok ? 'train-files__ok' : 'train-files__problem'} role="status">
          {message.text}
        </span>
      )}
    </div>
  )
}
