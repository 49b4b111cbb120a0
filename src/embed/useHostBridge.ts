import { useCallback, useEffect, useRef } from 'react'
import type { StoreApi } from 'zustand'
import type { ParamsState } from '../widgets/host/paramsStore.ts'
import { parseHostCommand } from './hostMessages.ts'

/**
 * Connects an embedded widget to the page around it (see hostMessages.ts). State goes only to an
 * origin that has said hello from the parent window: a widget never broadcasts its state to '*'.
 * Returns the callback that receives the widget's params store.
 */
export function useHostBridge(widget: string): (store: StoreApi<ParamsState>) => void {
  const store = useRef<StoreApi<ParamsState> | null>(null)
  const trusted = useRef<string | null>(null)
  const parent = typeof window !== 'undefined' && window.parent !== window ? window.parent : null

  const tell = useCallback(
    (message: Record<string, unknown>) => {
      if (parent && trusted.current) parent.postMessage(message, trusted.current)
    },
    [parent],
  )

  useEffect(() => {
    if (!parent) return
    parent.postMessage({ type: 'unfold:ready', widget }, '*')
    const onMessage = (e: MessageEvent) => {
      if (e.source !== parent) return
      const command = parseHostCommand(e.data)
      if (!command) return
      // An opaque origin ("null", a sandboxed host) cannot be addressed safely: ignore it.
      if (e.origin === 'null') return
      trusted.current = e.origin
      const s = store.current?.getState()
      if (command.type === 'unfold:hello') {
        if (s) tell({ type: 'unfold:change', widget, params: s.params })
        watchHeight()
      } else if (command.type === 'unfold:set-state') {
        s?.setParams(command.params)
      } else if (s && typeof s.params.step === 'number') {
        s.setParams({ step: s.params.step + command.by })
      }
    }
    // The host may size its iframe to fit: tell it the page's height whenever that changes.
    let observer: ResizeObserver | null = null
    const watchHeight = () => {
      if (observer || typeof ResizeObserver === 'undefined') return
      let last = 0
      observer = new ResizeObserver(() => {
        const height = Math.ceil(document.documentElement.scrollHeight)
        if (height !== last) tell({ type: 'unfold:resize', widget, height: (last = height) })
      })
      observer.observe(document.body)
    }
    const onError = (e: ErrorEvent) => tell({ type: 'unfold:error', widget, message: e.message })
    window.addEventListener('message', onMessage)
    window.addEventListener('error', onError)
    return () => {
      observer?.disconnect()
      window.removeEventListener('message', onMessage)
      window.removeEventListener('error', onError)
    }
  }, [parent, widget, tell])

  return useCallback(
    (s: StoreApi<ParamsState>) => {
      store.current = s
      s.subscribe((state, before) => {
        if (state.params !== before.params) {
          tell({ type: 'unfold:change', widget, params: state.params })
          const step = state.params.step
          if (typeof step === 'number' && step !== before.params.step)
            tell({ type: 'unfold:step', widget, step })
        }
        if (state.event && state.event !== before.event)
          tell({
            type: 'unfold:complete',
            widget,
            what: state.event.what,
            detail: state.event.detail,
          })
      })
    },
    [tell, widget],
  )
}
