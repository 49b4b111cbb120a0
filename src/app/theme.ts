/**
 * The colour theme: light (the default), dark, and projector (high contrast, larger type, thicker
 * lines, for a lecture hall). Chosen by the picker, the T key in slides, or `theme=` in the URL's
 * hash query (which embeds and shared slide links use); the choice persists.
 */
import { create } from 'zustand'
import { load, save, type Concern } from './persist.ts'

export const THEMES = ['light', 'dark', 'projector'] as const
export type Theme = (typeof THEMES)[number]

/** A label a person would use for each theme. */
export const THEME_LABELS: Record<Theme, string> = {
  light: 'Light',
  dark: 'Dark',
  projector: 'Projector',
}

/** True for one of the known theme names (and nothing else a URL might carry). */
export function isTheme(x: unknown): x is Theme {
  return typeof x === 'string' && (THEMES as readonly string[]).includes(x)
}

export const themeConcern: Concern<Theme> = {
  name: 'theme',
  version: 1,
  label: 'theme choice',
  parse: (raw) => (isTheme(raw) ? raw : null),
  empty: () => 'light',
}

/** The theme a hash such as "#/pooling/slides/2?theme=projector" asks for, if a valid one. */
export function themeFromHash(hash: string): Theme | null {
  const q = hash.indexOf('?')
  if (q < 0) return null
  const asked = new URLSearchParams(hash.slice(q + 1)).get('theme')
  return isTheme(asked) ? asked : null
}

/** The theme after `theme` in the cycle the T key walks. */
export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]
}

interface ThemeState {
  theme: Theme
  setTheme: (theme: Theme) => void
}

function apply(theme: Theme): void {
  if (typeof document !== 'undefined') document.documentElement.dataset.theme = theme
}

/** The app's theme; setting it paints the page and remembers the choice. */
export const useTheme = create<ThemeState>((set) => ({
  theme: 'light',
  setTheme: (theme) => {
    apply(theme)
    save(themeConcern, theme)
    set({ theme })
  },
}))

/**
 * Picks the starting theme (a valid URL choice wins over the saved one) and follows later hash
 * changes, so a link with `?theme=projector` switches an open tab too.
 */
export function initTheme(): void {
  const fromUrl = themeFromHash(window.location.hash)
  const start = fromUrl ?? load(themeConcern)
  apply(start)
  useTheme.setState({ theme: start })
  if (fromUrl) save(themeConcern, fromUrl)
  window.addEventListener('hashchange', () => {
    const asked = themeFromHash(window.location.hash)
    if (asked && asked !== useTheme.getState().theme) useTheme.getState().setTheme(asked)
  })
}
