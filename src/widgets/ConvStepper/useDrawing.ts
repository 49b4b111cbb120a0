import { useRef, useState, type PointerEvent } from 'react'

/** The brush values on offer: ink, half ink, erase, negative ink. */
export const BRUSHES = [1, 0.5, 0, -1] as const

/** Pointer handlers for the element around a grid, present only while drawing. */
export interface DrawHandlers {
  onPointerDown?: (e: PointerEvent<HTMLElement>) => void
  onPointerMove?: (e: PointerEvent<HTMLElement>) => void
  onPointerUp?: () => void
  onPointerCancel?: () => void
  onLostPointerCapture?: () => void
}

/** The grid cell ("r-c") under the pointer, if it belongs to `box`. */
function cellAt(box: HTMLElement, e: PointerEvent<HTMLElement>): [number, number] | null {
  // The wrapper holds the pointer capture, so the event's target is the wrapper: ask what lies
  // under the pointer instead (jsdom has no hit testing; its events name the cell directly).
  const hit =
    typeof document.elementFromPoint === 'function'
      ? document.elementFromPoint(e.clientX, e.clientY)
      : e.target
  const cell = hit instanceof Element ? hit.closest<HTMLElement>('[data-cell]') : null
  if (!cell || !box.contains(cell)) return null
  const [r, c] = (cell.dataset.cell ?? '').split('-').map(Number)
  return Number.isInteger(r) && Number.isInteger(c) ? [r, c] : null
}

/**
 * Painting a grid with the pointer (mouse, pen or finger): press and drag, and every cell the
 * pointer crosses takes the brush value. Typing in the cells keeps working alongside.
 */
export function useDrawing(paint: (row: number, col: number, value: number) => void) {
  const [on, setOn] = useState(false)
  const [brush, setBrush] = useState<number>(BRUSHES[0])
  // The cell painted last in the current stroke ('' before the first), null between strokes.
  const stroke = useRef<string | null>(null)

  const visit = (e: PointerEvent<HTMLElement>) => {
    const at = cellAt(e.currentTarget, e)
    if (!at || stroke.current === at.join('-')) return
    stroke.current = at.join('-')
    paint(at[0], at[1], brush)
  }
  const end = () => {
    stroke.current = null
  }
  const handlers: DrawHandlers = on
    ? {
        onPointerDown: (e) => {
          if (!e.isPrimary || e.button !== 0) return
          // No focus, text selection or scrolling: the press starts a stroke.
          e.preventDefault()
          if ('setPointerCapture' in e.currentTarget) e.currentTarget.setPointerCapture(e.pointerId)
          stroke.current = ''
          visit(e)
        },
        onPointerMove: (e) => {
          if (stroke.current !== null && e.isPrimary) visit(e)
        },
        onPointerUp: end,
        onPointerCancel: end,
        onLostPointerCapture: end,
      }
    : {}
  return { on, setOn, brush, setBrush, handlers }
}
