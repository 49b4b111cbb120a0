import { configure, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { formatNumber } from '../../../src/lesson/format.ts'
import { MARGIN } from '../../../src/widgets/GradientFlow/chart.ts'
import { flowCurve, type FlowSettings } from '../../../src/widgets/GradientFlow/model.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'

// Lazy widget chunks can take seconds to load on a busy machine.
configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

const definition = findWidget('gradient-flow')!
const defaults: FlowSettings = { sigma: 0.9, activation: 'linear', length: 50, seed: 1, input: 1 }

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  const chart = await screen.findByRole('slider', { name: /read T − t/ })
  const readouts = () =>
    Array.from(view.container.querySelectorAll('.value-tiles dd')).map((d) => d.textContent)
  const legend = () => within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem')
  return { ...view, chart, readouts, legend }
}

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('GradientFlow', () => {
  it('shows the engine’s σ and far-end norm for the lesson props', async () => {
    const { readouts } = await setup({ sigma: 1.1, length: 20 })
    const c = flowCurve({ ...defaults, sigma: 1.1, length: 20 })
    expect(readouts()).toEqual([
      formatNumber(c.measuredSigma),
      formatNumber(c.farEnd),
      formatNumber(c.farEnd),
      `×${formatNumber(c.perStep)}`,
    ])
    // linear, σ = 1.1: twenty steps multiply by 1.1^20
    expect(readouts()[2]).toBe(formatNumber(1.1 ** 20))
  })

  it('updates the readouts when σ moves', async () => {
    const { readouts } = await setup()
    const before = readouts()
    fireEvent.change(screen.getByRole('slider', { name: 'σ' }), { target: { value: '1.2' } })
    const c = flowCurve({ ...defaults, sigma: 1.2 })
    expect(readouts()).not.toEqual(before)
    expect(readouts()[0]).toBe(formatNumber(c.measuredSigma))
    expect(readouts()[2]).toBe(formatNumber(c.farEnd))
    expect(screen.getByText(/exploded/)).toBeInTheDocument()
  })

  it('switches activation and shows the input slider only where inputs matter', async () => {
    const { readouts } = await setup({ sigma: 1.2, length: 30 })
    expect(screen.queryByRole('slider', { name: 'input' })).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('radio', { name: 'sigmoid' }))
    expect(screen.getByRole('slider', { name: 'input' })).toBeInTheDocument()
    const c = flowCurve({ ...defaults, sigma: 1.2, length: 30, activation: 'sigmoid' })
    expect(readouts()[2]).toBe(formatNumber(c.farEnd))
    expect(screen.getByText(/vanished/)).toBeInTheDocument()
  })

  it('pins the current curve: the legend gains an entry that can be removed', async () => {
    const { legend, container } = await setup()
    expect(legend()).toHaveLength(2) // current curve and the reference line
    await userEvent.click(screen.getByRole('button', { name: 'Pin this curve' }))
    expect(screen.getByRole('button', { name: 'This curve is pinned' })).toBeDisabled()
    fireEvent.change(screen.getByRole('slider', { name: 'σ' }), { target: { value: '1.1' } })
    await userEvent.click(screen.getByRole('button', { name: 'Pin this curve' }))
    expect(legend()).toHaveLength(4)
    expect(container.querySelectorAll('.gf-chart__curve')).toHaveLength(3)
    await userEvent.click(screen.getByRole('button', { name: /Unpin σ 0.90, linear, T 50/ }))
    expect(legend()).toHaveLength(3)
    await userEvent.click(screen.getByRole('button', { name: 'Clear pins' }))
    expect(legend()).toHaveLength(2)
  })

  it('pins at most five curves, each in its own colour', async () => {
    const { container } = await setup()
    for (const sigma of ['0.6', '0.8', '1', '1.2', '1.4']) {
      fireEvent.change(screen.getByRole('slider', { name: 'σ' }), { target: { value: sigma } })
      await userEvent.click(screen.getByRole('button', { name: 'Pin this curve' }))
    }
    fireEvent.change(screen.getByRole('slider', { name: 'σ' }), { target: { value: '1.5' } })
    expect(screen.getByRole('button', { name: /5 pinned: unpin one first/ })).toBeDisabled()
    const strokes = Array.from(container.querySelectorAll('.gf-chart__curve')).map((p) =>
      p.getAttribute('stroke'),
    )
    expect(new Set(strokes).size).toBe(6)
  })

  it('moves the cursor to where the chart is pressed', async () => {
    const { chart } = await setup({ length: 40 })
    const width = Number(chart.getAttribute('width'))
    chart.getBoundingClientRect = () => new DOMRect(0, 0, width, 300)
    const x = MARGIN.left + ((width - MARGIN.left - MARGIN.right) * 10) / 40
    fireEvent.pointerDown(chart, { clientX: x, pointerId: 1 })
    expect(chart).toHaveAttribute('aria-valuenow', '10')
  })

  it('reads T − t from the keyboard on the chart', async () => {
    const { chart, readouts } = await setup({ sigma: 0.8, length: 10 })
    expect(chart).toHaveAttribute('aria-valuenow', '10')
    chart.focus()
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(chart).toHaveAttribute('aria-valuenow', '8')
    expect(readouts()[1]).toBe(formatNumber(0.8 ** 8))
    expect(chart.getAttribute('aria-valuetext')).toBe(`T − t = 8: norm ${formatNumber(0.8 ** 8)}`)
    await userEvent.keyboard('{Home}')
    expect(readouts()[1]).toBe('1')
    await userEvent.keyboard('{ArrowLeft}')
    expect(chart).toHaveAttribute('aria-valuenow', '0')
    await userEvent.keyboard('{End}')
    expect(chart).toHaveAttribute('aria-valuenow', '10')
  })

  it('clips the gradient at h_0 by norm when asked, keeping its direction', async () => {
    await setup({ sigma: 1.2, length: 30, clip: 2 })
    const panel = screen.getByRole('region', { name: 'Gradient clipping' })
    expect(panel.textContent).toContain(`${formatNumber(1.2 ** 30, 3)} → 2`)
    expect(panel.textContent).toContain('cos(before, after) = 1: same direction')
  })

  it('refuses garbage params with a visible notice and falls back to the defaults', async () => {
    const { readouts } = await setup({
      sigma: '<img src=x>',
      activation: 'NaN',
      length: '',
      clip: -1,
    })
    expect(screen.getAllByText(/using/).length).toBeGreaterThanOrEqual(4)
    expect(readouts()[2]).toBe(formatNumber(flowCurve(defaults).farEnd))
  })
})
