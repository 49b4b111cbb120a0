/** One BPTT viewer's own state (a store per instance): whether the backward pass is playing. */
import { createStore, type StoreApi } from 'zustand'

/** Playback state and its setter. */
export interface ViewerState {
  playing: boolean
  setPlaying: (playing: boolean) => void
}

/** Creates the store of one viewer. */
export function createViewerStore(): StoreApi<ViewerState> {
  return createStore<ViewerState>((set) => ({
    playing: false,
    setPlaying: (playing) => set({ playing }),
  }))
}

export const selectPlaying = (s: ViewerState) => s.playing
export const selectSetPlaying = (s: ViewerState) => s.setPlaying
