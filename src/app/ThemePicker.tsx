import { THEME_LABELS, THEMES, isTheme, useTheme } from './theme.ts'

/** A small select for the colour theme (slides also cycle it with T). */
export function ThemePicker() {
  const theme = useTheme((s) => s.theme)
  const setTheme = useTheme((s) => s.setTheme)
  return (
    <label className="theme-picker">
      <span className="visually-hidden">Theme</span>
      <select
        value={theme}
        onChange={(e) => {
          if (isTheme(e.target.value)) setTheme(e.target.value)
        }}
        title="Colour theme: light, dark, or projector (high contrast, large type)"
      >
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {THEME_LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  )
}
