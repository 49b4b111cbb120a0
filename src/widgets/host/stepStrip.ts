/**
 * A stepper's sequence as one picture: the widget drawn at step 0, 1, 2... and tiled into a PNG
 * strip, so a lecturer can put the whole walk of a convolution window on a handout. Stepping stops
 * when a step no longer changes the picture (the stepper has reached its end) or at `MAX_FRAMES`.
 */
import { figureSvg } from './exportFigure.ts'

/** Frames kept at most (a 6 × 6 output already makes a tall sheet). */
export const MAX_FRAMES = 36

const LABEL_HEIGHT = 22

/** Waits until React has rendered and the browser has laid out the new step. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  )
}

/** The widget as SVG at steps 0, 1, 2... until two frames agree; leaves the widget at `restore`. */
export async function captureSteps(
  element: () => HTMLElement | null,
  setStep: (step: number) => void,
  restore: number,
  credit: string,
): Promise<string[]> {
  const frames: string[] = []
  try {
    for (let step = 0; step < MAX_FRAMES; step++) {
      setStep(step)
      await nextPaint()
      const el = element()
      if (!el) break
      const svg = figureSvg(el, `${credit} · step ${step + 1}`)
      if (frames.length > 0 && sameContent(svg, frames[frames.length - 1])) break
      frames.push(svg)
    }
  } finally {
    setStep(restore)
  }
  return frames
}

/** Whether two frames show the same widget state (their step labels aside). */
function sameContent(a: string, b: string): boolean {
  const body = (s: string) => s.replace(/ · step \d+<\/text>/, '')
  return body(a) === body(b)
}

/** Tiles frames left to right, top to bottom, each under a "step n" label, into one PNG. */
export async function stripPng(frames: readonly string[], columns = 4): Promise<Blob> {
  if (frames.length === 0) throw new Error('There are no steps to draw.')
  const images = await Promise.all(
    frames.map(async (svg) => {
      const img = new Image()
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
      await img.decode()
      return img
    }),
  )
  const cols = Math.min(columns, images.length)
  const rows = Math.ceil(images.length / cols)
  const w = Math.max(...images.map((i) => i.width))
  const h = Math.max(...images.map((i) => i.height)) + LABEL_HEIGHT
  const canvas = document.createElement('canvas')
  canvas.width = cols * w
  canvas.height = rows * h
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('This browser cannot draw the picture (no 2-D canvas).')
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.font = '600 14px system-ui, sans-serif'
  images.forEach((img, k) => {
    const [x, y] = [(k % cols) * w, Math.floor(k / cols) * h]
    ctx.fillStyle = '#1d2333'
    ctx.fillText(`Step ${k + 1}`, x + 8, y + 16)
    ctx.drawImage(img, x, y + LABEL_HEIGHT)
  })
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The PNG could not be made.'))),
      'image/png',
    ),
  )
}
