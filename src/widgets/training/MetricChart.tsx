import { useEffect, useRef } from 'react'
import type { TrainerClient } from '../../train/client.ts'
import { useChartSize } from '../../viz/useChartSize.ts'
import { chartGeometry, type ChartGeometry, type Metric } from './chart.ts'

interface Props {
  client: TrainerClient
  metric: Metric
}

const TITLES: Record<Metric, string> = { loss: 'Loss', accuracy: 'Accuracy' }

/**
 * A live chart of loss or accuracy, train as a line and validation as dots. It redraws its canvas
 * straight from the client's history when the store says the history changed, without a React render.
 */
export function MetricChart({ client, metric }: Props) {
  const { ref, width, height } = useChartSize<HTMLDivElement>(0.42, 140, 220)
  const canvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const draw = () => {
      const el = canvas.current
      if (!el) return
      const { budget, step } = client.store.getState()
      const geometry = chartGeometry(
        client.history.train,
        client.history.validation,
        metric,
        { width, height },
        budget,
        step,
      )
      paint(el, geometry, { width, height })
      el.setAttribute('aria-label', describe(client, metric))
    }
    draw()
    return client.store.subscribe((state, previous) => {
      if (state.historyVersion !== previous.historyVersion) draw()
    })
  }, [client, metric, width, height])
  return (
    <figure className="train-chart" ref={ref}>
      <figcaption className="train-chart__title">
        {TITLES[metric]}
        <span className="train-chart__key train-chart__key--train">train</span>
        <span className="train-chart__key train-chart__key--validation">validation</span>
      </figcaption>
      <canvas ref={canvas} role="img" style={{ width, height }} />
    </figure>
  )
}

/** The chart in words, for screen readers: the latest value of each series. */
function describe(client: TrainerClient, metric: Metric): string {
  const { train, validation, step } = client.store.getState()
  const show = (m: { loss: number; accuracy?: number } | null) => {
    const v = m ? (metric === 'loss' ? m.loss : m.accuracy) : undefined
    if (v === undefined) return 'none yet'
    return metric === 'loss' ? v.toPrecision(3) : `${(v * 100).toFixed(1)}%`
  }
  return `${TITLES[metric]} chart at step ${step}: train ${show(train)}, validation ${show(validation)}.`
}

/** Strokes the geometry with the theme's colours, at the device's pixel ratio. */
function paint(el: HTMLCanvasElement, g: ChartGeometry, size: { width: number; height: number }) {
  const ratio = window.devicePixelRatio || 1
  const [w, h] = [Math.round(size.width * ratio), Math.round(size.height * ratio)]
  // Resizing a canvas reallocates it: only when the size really changed.
  if (el.width !== w || el.height !== h) [el.width, el.height] = [w, h]
  const ctx = el.getContext('2d')
  if (!ctx) return
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  ctx.clearRect(0, 0, w, h)
  const css = getComputedStyle(el)
  const color = (name: string) => css.getPropertyValue(name).trim() || '#000'
  const stroke = parseFloat(css.getPropertyValue('--stroke-scale')) || 1
  ctx.scale(ratio, ratio)
  ctx.font = `12px ${css.fontFamily}`
  ctx.fillStyle = color('--muted')
  ctx.strokeStyle = color('--line')
  ctx.lineWidth = 1
  ctx.textAlign = 'right'
  ctx.textBaseline = 'middle'
  for (const t of g.yTicks) {
    ctx.beginPath()
    ctx.moveTo(g.plot.left, t.y)
    ctx.lineTo(g.plot.right, t.y)
    ctx.stroke()
    ctx.fillText(t.label, g.plot.left - 6, t.y)
  }
  ctx.textAlign = 'center'
  ctx.textBaseline = 'top'
  for (const t of g.xTicks) ctx.fillText(t.label, t.x, g.plot.bottom + 5)
  if (g.cursor !== null) {
    ctx.strokeStyle = color('--ink-soft')
    ctx.setLineDash([4, 4])
    ctx.beginPath()
    ctx.moveTo(g.cursor, g.plot.top)
    ctx.lineTo(g.cursor, g.plot.bottom)
    ctx.stroke()
    ctx.setLineDash([])
  }
  ctx.strokeStyle = color('--accent')
  ctx.lineWidth = 1.5 * stroke
  ctx.beginPath()
  g.train.forEach(([x, y], k) => (k === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)))
  ctx.stroke()
  ctx.fillStyle = color('--second')
  ctx.strokeStyle = color('--second')
  ctx.beginPath()
  g.validation.forEach(([x, y], k) => (k === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)))
  ctx.setLineDash([5, 3])
  ctx.stroke()
  ctx.setLineDash([])
  for (const [x, y] of g.validation) {
    ctx.beginPath()
    ctx.arc(x, y, 2.5 * stroke, 0, 2 * Math.PI)
    ctx.fill()
  }
}
