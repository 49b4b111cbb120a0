import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { useLearner } from '../../src/app/learner.ts'
import { useNotices } from '../../src/app/notices.ts'
import { useTheme } from '../../src/app/theme.ts'

afterEach(() => {
  cleanup()
  // Files share one module graph (isolate: false): the app stores start empty for the next test.
  useLearner.setState({ visits: {}, solved: {}, edits: {} })
  useNotices.setState({ notices: [] })
  useTheme.setState({ theme: 'light' })
  // Pure-logic files may opt into `@vitest-environment node`, which has no DOM to reset.
  if (typeof window === 'undefined') return
  document.body.innerHTML = ''
  delete document.documentElement.dataset.theme
  localStorage.clear()
  window.location.hash = ''
})
