import { afterEach, describe, expect, it } from 'vitest'
import {
  initTheme,
  isTheme,
  nextTheme,
  themeConcern,
  themeFromHash,
  THEMES,
  useTheme,
} from '../../src/app/theme.ts'
import { storageKey } from '../../src/app/persist.ts'

afterEach(() => {
  window.location.hash = ''
})

describe('theme', () => {
  it('accepts only its own names, whatever a URL or storage carries', () => {
    for (const t of THEMES) expect(isTheme(t)).toBe(true)
    for (const bad of ['', 'Dark', 'projector ', '__proto__', 'toString', 1, null, {}])
      expect(isTheme(bad)).toBe(false)
  })

  it('reads theme= from the hash query, and ignores a hostile or unknown value', () => {
    expect(themeFromHash('#/pooling/slides/3?theme=projector')).toBe('projector')
    expect(themeFromHash('#/embed/conv-stepper?size=5&theme=dark')).toBe('dark')
    expect(themeFromHash('#/pooling?theme=<script>')).toBeNull()
    expect(themeFromHash('#/pooling?theme=constructor')).toBeNull()
    expect(themeFromHash('#/pooling')).toBeNull()
  })

  it('cycles light → dark → projector → light on T', () => {
    expect(nextTheme('light')).toBe('dark')
    expect(nextTheme('dark')).toBe('projector')
    expect(nextTheme('projector')).toBe('light')
  })

  it('paints the page and remembers the choice', () => {
    useTheme.getState().setTheme('projector')
    expect(document.documentElement.dataset.theme).toBe('projector')
    expect(localStorage.getItem(storageKey(themeConcern))).toBe('"projector"')
  })

  it('starts from the saved choice, lets a URL override it, and follows later links', async () => {
    localStorage.setItem(storageKey(themeConcern), '"dark"')
    initTheme()
    expect(useTheme.getState().theme).toBe('dark')
    expect(document.documentElement.dataset.theme).toBe('dark')

    window.location.hash = '#/pooling/slides/2?theme=projector'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(useTheme.getState().theme).toBe('projector')
    expect(localStorage.getItem(storageKey(themeConcern))).toBe('"projector"')
  })

  it('falls back to light when the saved choice is corrupt', () => {
    localStorage.setItem(storageKey(themeConcern), '{"not":"a theme"')
    initTheme()
    expect(useTheme.getState().theme).toBe('light')
  })
})
