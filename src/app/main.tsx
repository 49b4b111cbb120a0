import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { fuzzOptionsFrom } from './fuzz/options.ts'
import './styles/base.css'
import './styles/site.css'
import './styles/themes.css'
import { syncLearnerAcrossWindows } from './learnerSync.ts'
import { initTheme } from './theme.ts'

initTheme()
syncLearnerAcrossWindows()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// `?fuzz` drives seeded random input at the page (see src/app/fuzz); loaded only when asked for.
const fuzz = fuzzOptionsFrom(window.location.search, window.location.hash)
if (fuzz) void import('./fuzz/fuzzer.ts').then((m) => m.startFuzzer(fuzz))

// Offline after the first visit: a service worker precaches the whole build (build/precache-plugin.ts).
// Production only: the dev server's modules change on every edit.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // No offline copy (private mode, file://): the app itself works the same.
    })
  })
}
