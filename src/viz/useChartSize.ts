import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The width of a container, tracked with ResizeObserver (where the browser has one), and a height
 * derived from it, clamped so charts stay readable on phones and do not tower on wide screens.
 * A surrounding `--chart-max-height` (set by slides, where height is scarce) lowers the cap.
 */
export function useChartSize<T extends HTMLElement>(
  aspect = 0.55,
  minHeight = 200,
  maxHeight = 380,
) {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(640)
  const [cap, setCap] = useState(maxHeight)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const update = () => {
      const w = Math.round(el.clientWidth)
      if (w > 0) setWidth(w)
      const fromCss = parseFloat(getComputedStyle(el).getPropertyValue('--chart-max-height'))
      setCap(Number.isFinite(fromCss) && fromCss > 0 ? Math.min(fromCss, maxHeight) : maxHeight)
    }
    update()
    if (typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(update)
    ro.observe(el)
    return () => ro.disconnect()
  }, [maxHeight])
  const height = Math.round(Math.min(cap, Math.max(Math.min(minHeight, cap), width * aspect)))
  return { ref, width, height }
}
