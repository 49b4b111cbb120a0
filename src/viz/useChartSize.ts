import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The width of a container, tracked with ResizeObserver (where the browser has one), and a height
 * derived from it, clamped so charts stay readable on phones and do not tower on wide screens.
 */
export function useChartSize<T extends HTMLElement>(
  aspect = 0.55,
  minHeight = 200,
  maxHeight = 380,
) {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(640)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const update = () => {
      const w = Math.round(el.clientWidth)
      if (w > 0) setWidth(w)
    }
    update()
    if (typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(update)
    ro.observe(el)
    return () => ro.disconnect()
  }, [])
  const height = Math.round(Math.min(maxHeight, Math.max(minHeight, width * aspect)))
  return { ref, width, height }
}
