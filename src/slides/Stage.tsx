import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'

/** The logical slide size; everything is laid out at this size and scaled to the screen. */
export const STAGE_WIDTH = 1280
export const STAGE_HEIGHT = 720

/**
 * A 16:9 stage scaled to fit its box, like a projector canvas: text and widgets grow together.
 * Content taller than the stage is shrunk to fit rather than cut off.
 */
export function Stage({
  children,
  fit = true,
  scale: fixedScale,
}: {
  children: ReactNode
  fit?: boolean
  scale?: number
}) {
  const box = useRef<HTMLDivElement>(null)
  const content = useRef<HTMLDivElement>(null)
  const [scale, setScale] = useState(fixedScale ?? 1)
  const [shrink, setShrink] = useState(1)

  useLayoutEffect(() => {
    if (fixedScale !== undefined) return
    const el = box.current
    if (!el) return
    const measure = () => {
      const s = Math.min(el.clientWidth / STAGE_WIDTH, el.clientHeight / STAGE_HEIGHT)
      setScale(s > 0 ? s : 1)
    }
    measure()
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [fixedScale])

  useLayoutEffect(() => {
    if (!fit) return
    const el = content.current
    const canvas = el?.parentElement
    if (!el || !canvas) return
    // The transform does not change layout, so measuring the untransformed height cannot loop.
    const measure = () => {
      const style = getComputedStyle(canvas)
      const room = STAGE_HEIGHT - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
      const natural = el.offsetHeight
      setShrink(natural > room ? room / natural : 1)
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [fit])

  const s = fixedScale ?? scale
  return (
    <div className="stage-box" ref={box}>
      <div className="stage" style={{ width: STAGE_WIDTH * s, height: STAGE_HEIGHT * s }}>
        <div
          className="stage__canvas"
          style={{ width: STAGE_WIDTH, height: STAGE_HEIGHT, transform: `scale(${s})` }}
        >
          <div
            className="stage__content"
            ref={content}
            style={shrink < 1 ? { transform: `scale(${shrink})` } : undefined}
          >
            {children}
          </div>
        </div>
      </div>
    </div>
  )
}
