import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { fuzzOptionsFrom } from './fuzz/options.ts'
import './styles/base.css'
import './styles/site.css'
import './styles/themes.css'
import { initTheme } from './theme.ts'

initTheme()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// `?fuzz` drives seeded random input at the page (see src/app/fuzz); loaded only when asked for.
const fuzz = fuzzOptionsFrom(window.location.search, window.location.hash)
if (fuzz) void import('./fuzz/fuzzer.ts').then((m) => m.startFuzzer(fuzz))
