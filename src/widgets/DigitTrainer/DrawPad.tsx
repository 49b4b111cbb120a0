import { useEffect, useRef, type PointerEvent } from 'react'
import { digitToPad, PAD_SIZE, stamp, stroke, type Point } from './brush.ts'
import { inkShade } from './model.ts'
import { DIGIT_SIDE, preprocessDigit } from './preprocess.ts'

interface Props {
  /** The validation digit on show (ink in [0, 1], 28 × 28), drawn onto the pad; null while drawing. */
  shown: readonly number[] | null
  /** The preprocessed 28 × 28 drawing after each stroke, or null when the pad is cleared. */
  onDrawn: (pixels: number[] | null) => void
}

/** Paints the ink grid onto the canvas: dark ink on light paper. */
function paint(canvas: HTMLCanvasElement | null, ink: Float64Array): void {
  const ctx = canvas?.getContext?.('2d')
  if (!ctx) return
  const image = ctx.createImageData(PAD_SIZE, PAD_SIZE)
  ink.forEach((v, k) => image.data.set([...inkShade(v), 255], k * 4))
  ctx.putImageData(image, 0, 0)
}

/** A square drawing pad (mouse, pen or touch) with a soft brush and a Clear button. */
export function DrawPad({ shown, onDrawn }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const ink = useRef<Float64Array>(new Float64Array(PAD_SIZE * PAD_SIZE))
  const last = useRef<Point | null>(null)
  const painted = useRef<readonly number[] | null>(null)

  useEffect(() => {
    // The same digit arrives afresh with every answer while training: repaint only a new one, and
    // never under a stroke in progress.
    const fresh = shown && !(painted.current && shown.every((v, k) => v === painted.current![k]))
    if (shown && fresh && !last.current) {
      painted.current = shown
      ink.current = digitToPad(shown, DIGIT_SIDE)
    }
    if (!shown) painted.current = null
    paint(canvas.current, ink.current)
  }, [shown])

  const at = (e: PointerEvent<HTMLCanvasElement>): Point => {
    const box = e.currentTarget.getBoundingClientRect()
    return {
      x: ((e.clientX - box.left) / Math.max(1, box.width)) * PAD_SIZE,
      y: ((e.clientY - box.top) / Math.max(1, box.height)) * PAD_SIZE,
    }
  }
  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    e.currentTarget.setPointerCapture?.(e.pointerId)
    // Drawing over a validation digit starts a fresh drawing.
    if (shown) ink.current = new Float64Array(PAD_SIZE * PAD_SIZE)
    last.current = at(e)
    stamp(ink.current, PAD_SIZE, last.current)
    paint(canvas.current, ink.current)
  }
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!last.current) return
    const p = at(e)
    stroke(ink.current, PAD_SIZE, last.current, p)
    last.current = p
    paint(canvas.current, ink.current)
  }
  const up = () => {
    if (!last.current) return
    last.current = null
    onDrawn(preprocessDigit(ink.current, PAD_SIZE))
  }
  const clear = () => {
    ink.current = new Float64Array(PAD_SIZE * PAD_SIZE)
    paint(canvas.current, ink.current)
    onDrawn(null)
  }

  return (
    <div className="digits-pad">
      <canvas
        ref={canvas}
        width={PAD_SIZE}
        height={PAD_SIZE}
        className="digits-pad__canvas"
        aria-label="Drawing pad: draw one digit with a mouse, pen or finger"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <button type="button" className="button button--quiet" onClick={clear}>
        Clear
      </button>
    </div>
  )
}
