import { useEffect, type RefObject } from 'react'

/** Lesson elements that scroll sideways when they are wider than the column. */
const SCROLLERS = '.katex-display, .table-scroll'

/**
 * Makes every formula or table in `root` that actually overflows (and so scrolls) reachable with
 * the Tab key, so a keyboard can scroll it too; the rest stay out of the tab order. Re-checked
 * when the page resizes.
 */
export function useScrollableFocus(root: RefObject<HTMLElement | null>, ready: boolean): void {
  useEffect(() => {
    const el = root.current
    if (!ready || !el) return
    const mark = () => {
      for (const box of el.querySelectorAll<HTMLElement>(SCROLLERS)) {
        const scrolls = box.scrollWidth > box.clientWidth + 1
        if (scrolls && box.tabIndex < 0) {
          box.tabIndex = 0
          if (!box.hasAttribute('role')) box.setAttribute('role', 'region')
          if (!box.hasAttribute('aria-label'))
            box.setAttribute('aria-label', 'Wide content, scrolls sideways')
        } else if (!scrolls && box.getAttribute('tabindex') === '0') {
          box.removeAttribute('tabindex')
        }
      }
    }
    mark()
    if (typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(mark)
    ro.observe(el)
    return () => ro.disconnect()
  }, [root, ready])
}
