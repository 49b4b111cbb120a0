/**
 * React's way into a trainer: one worker per widget instance, started on mount and terminated on
 * unmount (leaving the page ends the work), reconfigured when the widget's params change.
 *
 * Tests without Worker (jsdom) install an in-process stand-in first:
 *   setTrainerWorkerFactory(() => inProcessWorker(fetchAssetFromDisk))
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { TrainerClient, type TrainerConfig, type TrainerState } from './client.ts'

/** A trainer handle for task `task`, configured from `config`; stable for the component's life. */
export function useTrainer(task: string, config: TrainerConfig): TrainerClient {
  const [client] = useState(() => new TrainerClient(task, assetBase()))
  const latest = useRef(config)
  // Layout effects run before the effects below, so they always see this render's config.
  useLayoutEffect(() => {
    latest.current = config
  })
  useEffect(() => {
    client.connect(latest.current)
    return () => client.disconnect()
  }, [client])
  const key = JSON.stringify(config)
  useEffect(() => {
    client.configure(latest.current)
  }, [client, key])
  return client
}

/** Subscribes a component to part of a trainer's state. */
export function useTrainerState<T>(client: TrainerClient, select: (state: TrainerState) => T): T {
  return useStore(client.store, select)
}

/** Where public/ assets live, relative to the page (the static build may sit in a subpath). */
function assetBase(): string {
  return new URL(import.meta.env.BASE_URL, document.baseURI).href
}
