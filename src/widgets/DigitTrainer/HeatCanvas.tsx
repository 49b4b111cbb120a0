import { rgb } from 'd3'
import { useEffect, useRef } from 'react'

interface Props {
  /** The map, row by row. */
  rows: readonly (readonly number[])[]
  /** value -> CSS colour. */
  color: (value: number) => string
  /** Names the map for screen readers and on hover. */
  label: string
  /** Displayed width in CSS pixels (the map is scaled up, pixels kept sharp). */
  width: number
}

/** A dense map drawn one canvas pixel per value (cheaper than thousands of SVG cells), scaled up crisply. */
export function HeatCanvas({ rows, color, label, width }: Props) {
  const ref = useRef<HTMLCanvasElement>(null)
  const h = rows.length
  const w = rows[0]?.length ?? 0
  useEffect(() => {
    // jsdom and some old browsers have no 2-D context: the label still describes the map.
    const ctx = ref.current?.getContext?.('2d')
    if (!ctx || !w) return
    const image = ctx.createImageData(w, h)
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const { r: red, g, b } = rgb(color(v))
        image.data.set([red, g, b, 255], (r * w + c) * 4)
      }),
    )
    ctx.putImageData(image, 0, 0)
  }, [rows, color, w, h])
  return (
    <canvas
      ref={ref}
      className="digits-heat"
      width={w}
      height={h}
      role="img"
      aria-label={label}
      title={label}
      style={{ width, height: (width * h) / Math.max(1, w) }}
    />
  )
}
