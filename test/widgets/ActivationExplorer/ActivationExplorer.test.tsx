import { configure, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { formatNumber } from '../../../src/lesson/format.ts'
import { activationChart } from '../../../src/widgets/ActivationExplorer/chart.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'

// Lazy widget and lesson chunks can take seconds to load on a busy machine.
configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

const definition = findWidget('activation-explorer')!

// The definitions, written out here so the widget is checked against the maths, not against itself.
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x))
const expected = {
  sigmoid: (x: number) => ({ y: sigmoid(x), dy: sigmoid(x) * (1 - sigmoid(x)) }),
  tanh: (x: number) => ({ y: Math.tanh(x), dy: 1 - Math.tanh(x) ** 2 }),
  relu: (x: number) => ({ y: Math.max(0, x), dy: x > 0 ? 1 : 0 }),
  leakyRelu: (x: number, a: number) => ({ y: x > 0 ? x : a * x, dy: x > 0 ? 1 : a }),
}

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  const chart = await screen.findByRole('slider', { name: /drag or use arrow keys to move x/ })
  const readouts = () => {
    const [x, f, df, chain] = Array.from(view.container.querySelectorAll('.value-tiles dd')).map(
      (dd) => dd.textContent,
    )
    return { x, f, df, chain }
  }
  const working = () => view.container.querySelector('.act-readout__working')!.textContent
  return { ...view, chart, readouts, working }
}

function readoutsFor({ x, y, dy, depth }: { x: number; y: number; dy: number; depth: number }) {
  return {
    x: formatNumber(x, 3),
    f: formatNumber(y),
    df: formatNumber(dy),
    chain: formatNumber(Math.abs(dy) ** depth),
  }
}

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('ActivationExplorer', () => {
  it('starts from the lesson props with every readout computed from the definition', async () => {
    const { readouts, chart } = await setup({ fn: 'sigmoid', x: 2 })
    expect(readouts()).toEqual(readoutsFor({ x: 2, ...expected.sigmoid(2), depth: 5 }))
    expect(chart).toHaveAttribute('aria-valuenow', '2')
    expect(chart.getAttribute('aria-valuetext')).toBe(
      `x = 2, f(x) = ${formatNumber(sigmoid(2))}, slope ${formatNumber(expected.sigmoid(2).dy)}`,
    )
  })

  it('updates x, f(x), f′(x) and the chain factor when the x slider moves', async () => {
    const { readouts, working } = await setup({ fn: 'sigmoid', x: 2 })
    fireEvent.change(screen.getByRole('slider', { name: 'x' }), { target: { value: '-1.5' } })
    const at = expected.sigmoid(-1.5)
    expect(readouts()).toEqual(readoutsFor({ x: -1.5, ...at, depth: 5 }))
    expect(working()).toBe(
      `σ′(x) = σ(x)(1 − σ(x)) = ${formatNumber(at.y)} × ${formatNumber(1 - at.y)} = ${formatNumber(at.dy)}`,
    )
  })

  it('moves x by a tenth with ArrowRight on the chart, and to the end with End', async () => {
    const { readouts, chart } = await setup({ fn: 'tanh', x: 2 })
    chart.focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(readouts()).toEqual(readoutsFor({ x: 2.1, ...expected.tanh(2.1), depth: 5 }))
    expect(chart).toHaveAttribute('aria-valuenow', '2.1')
    await userEvent.keyboard('{End}')
    expect(readouts()).toEqual(readoutsFor({ x: 6, ...expected.tanh(6), depth: 5 }))
    await userEvent.keyboard('{Home}')
    expect(readouts().x).toBe(formatNumber(-6, 3))
    await userEvent.keyboard('{ArrowLeft}')
    expect(readouts().x).toBe(formatNumber(-6, 3))
  })

  it('moves x to where the chart is pressed and dragged', async () => {
    const { readouts, chart } = await setup({ fn: 'sigmoid', x: 2 })
    // jsdom has no layout: give the chart the box it is drawn in, so pixels map to x.
    const width = Number(chart.getAttribute('width'))
    chart.getBoundingClientRect = () => new DOMRect(0, 0, width, 300)
    const g = activationChart({ fn: 'sigmoid', slope: 0.1, x: 2, derivative: true }, width, 300)
    fireEvent.pointerDown(chart, { clientX: g.sx(-3), pointerId: 1 })
    expect(readouts().x).toBe(formatNumber(-3, 3))
    fireEvent.pointerMove(chart, { clientX: g.sx(0.5), pointerId: 1 })
    expect(readouts()).toEqual(readoutsFor({ x: 0.5, ...expected.sigmoid(0.5), depth: 5 }))
    fireEvent.pointerUp(chart, { pointerId: 1 })
    fireEvent.pointerMove(chart, { clientX: g.sx(4), pointerId: 1 })
    expect(readouts().x).toBe(formatNumber(0.5, 3))
  })

  it('scales the chain factor with the number of layers', async () => {
    const { readouts, container } = await setup({ fn: 'sigmoid', x: 0 })
    fireEvent.change(screen.getByRole('slider', { name: 'layers' }), { target: { value: '10' } })
    expect(readouts().chain).toBe(formatNumber(0.25 ** 10))
    expect(container.querySelector('.act-readout__chain')!.textContent).toContain(
      'all but vanishes',
    )
  })

  it('switches the formula and the numbers when another function is picked', async () => {
    const { readouts, working } = await setup({ fn: 'sigmoid', x: 2 })
    expect(working()).toMatch(/^σ′\(x\) = σ\(x\)\(1 − σ\(x\)\)/)
    await userEvent.click(screen.getByRole('radio', { name: 'tanh' }))
    expect(screen.getByRole('radio', { name: 'tanh' })).toBeChecked()
    expect(working()).toBe(
      `tanh′(x) = 1 − tanh(x)² = 1 − ${formatNumber(Math.tanh(2))}² = ${formatNumber(expected.tanh(2).dy)}`,
    )
    expect(readouts()).toEqual(readoutsFor({ x: 2, ...expected.tanh(2), depth: 5 }))
    await userEvent.click(screen.getByRole('radio', { name: 'ReLU' }))
    expect(working()).toBe('ReLU′(x) = 1 because x > 0 = 1')
  })

  it('shows the leaky slope slider only for leaky ReLU, and uses it', async () => {
    const { readouts, working } = await setup({ fn: 'relu', x: -2 })
    expect(screen.queryByRole('slider', { name: 'slope' })).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('radio', { name: 'Leaky ReLU' }))
    const slope = screen.getByRole('slider', { name: 'slope' })
    fireEvent.change(slope, { target: { value: '0.2' } })
    expect(readouts()).toEqual(readoutsFor({ x: -2, ...expected.leakyRelu(-2, 0.2), depth: 5 }))
    expect(working()).toBe(`LReLU′(x) = slope = 0.2 because x ≤ 0 = 0.2`)
    await userEvent.click(screen.getByRole('radio', { name: 'Sigmoid' }))
    expect(screen.queryByRole('slider', { name: 'slope' })).not.toBeInTheDocument()
  })

  it('hides the slope curve when "show slope" is unchecked', async () => {
    const { container } = await setup({ fn: 'sigmoid', x: 1 })
    expect(container.querySelector('.act-chart__df')).not.toBeNull()
    await userEvent.click(screen.getByRole('checkbox', { name: /show slope/ }))
    expect(container.querySelector('.act-chart__df')).toBeNull()
    expect(within(container.querySelector('.act__legend')!).queryByText('f′(x)')).toBeNull()
  })

  it('shades the saturated tails of the sigmoid but nothing for a steep leaky ReLU', async () => {
    const { container } = await setup({ fn: 'sigmoid', x: 1 })
    expect(container.querySelectorAll('.act-chart__band')).toHaveLength(2)
    await userEvent.click(screen.getByRole('radio', { name: 'Leaky ReLU' }))
    expect(container.querySelectorAll('.act-chart__band')).toHaveLength(0)
  })
})
