import { configure, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { findWidget } from '../../../src/widgets/registry.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'

configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

const definition = findWidget('backprop-net')!

// The slide's givens, and the network by its definition, in plain loops.
const deck = {
  x: [1, -0.5],
  W1: [
    [1.2, 2.1, 1.5],
    [-0.3, -0.7, 0.3],
  ],
  W2: [[-0.2], [0.5], [1.3]],
  y: [1],
}
const sig = (z: number) => 1 / (1 + Math.exp(-z))
function direct(g: typeof deck) {
  const h1 = g.W1[0].map((_, j) => sig(g.x.reduce((s, xi, i) => s + xi * g.W1[i][j], 0)))
  const yhat = g.W2[0].map((_, k) => sig(h1.reduce((s, hj, j) => s + hj * g.W2[j][k], 0)))
  const loss = 0.5 * yhat.reduce((s, v, k) => s + (g.y[k] - v) ** 2, 0)
  return { h1, yhat, loss }
}

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  const phase = await screen.findByRole('slider', { name: 'Phase' }, { timeout: 15_000 })
  const quantity = (name: string) =>
    Number(view.container.querySelector(`[data-quantity="${name}"]`)!.getAttribute('data-value'))
  return { ...view, phase, quantity }
}

async function edit(label: string, text: string) {
  const cell = screen.getByLabelText(label)
  await userEvent.clear(cell)
  await userEvent.type(cell, `${text}{Enter}`)
}

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('BackpropNet', () => {
  it('starts at the first phase with the slide’s numbers and the slide’s slip', async () => {
    await setup()
    expect(screen.getByRole('heading', { name: '1. Forward, layer 1' })).toBeInTheDocument()
    expect(screen.getByLabelText('Θ1 row 1 column 3')).toHaveValue('1.5')
    expect(screen.getByTestId('erratum')).toHaveTextContent('The slide has a slip')
  })

  it('recomputes the loss downstream when a weight is edited, and drops the slip note', async () => {
    const { quantity } = await setup({ step: 2 })
    expect(quantity('loss')).toBeCloseTo(direct(deck).loss, 14)
    await edit('Θ2 row 3 column 1', '-0.4')
    const W2 = [[-0.2], [0.5], [-0.4]]
    expect(quantity('loss')).toBeCloseTo(direct({ ...deck, W2 }).loss, 14)
    expect(quantity('loss')).not.toBeCloseTo(direct(deck).loss, 6)
    expect(screen.queryByTestId('erratum')).toBeNull()
  })

  it('recomputes when the input or the target changes, and refuses a typo in place', async () => {
    const { quantity } = await setup({ step: 2 })
    await edit('x row 1 column 2', '0.25')
    await edit('y row 1 column 1', '0.2')
    const edited = { ...deck, x: [1, 0.25], y: [0.2] }
    expect(quantity('loss')).toBeCloseTo(direct(edited).loss, 14)
    const cell = screen.getByLabelText('Θ1 row 1 column 1')
    await userEvent.clear(cell)
    await userEvent.type(cell, 'abc')
    fireEvent.blur(cell)
    expect(screen.getByRole('alert')).toHaveTextContent('"abc" is not a number')
    expect(quantity('loss')).toBeCloseTo(direct(edited).loss, 14)
  })

  it('steps the phases with the arrow keys, Home and End when the track is focused', async () => {
    const { phase } = await setup()
    phase.focus()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
    expect(phase).toHaveAttribute('aria-valuenow', '4')
    expect(screen.getByRole('heading', { name: '4. Output delta' })).toBeInTheDocument()
    expect(screen.getByTestId('agreement')).toHaveTextContent('autograd')
    await userEvent.keyboard('{End}')
    expect(phase).toHaveAttribute('aria-valuenow', '9')
    await userEvent.keyboard('{ArrowRight}')
    expect(phase).toHaveAttribute('aria-valuenow', '9')
    await userEvent.keyboard('{Home}{ArrowLeft}')
    expect(phase).toHaveAttribute('aria-valuenow', '1')
    await userEvent.click(screen.getByRole('button', { name: 'Next phase' }))
    expect(phase).toHaveAttribute('aria-valuenow', '2')
  })

  it('shows the updated weights as Θ − γ ∂E/∂Θ, and a lower loss after the step', async () => {
    const { phase, quantity } = await setup({ step: 7, lr: 0.5 })
    // ∂E/∂Θ2[j] = (ŷ − y) ŷ (1 − ŷ) h1[j], from the definition.
    const { h1, yhat } = direct(deck)
    const delta = (yhat[0] - deck.y[0]) * yhat[0] * (1 - yhat[0])
    const after = within(screen.getByRole('grid', { name: 'Θ2 after the step' }))
    h1.forEach((h, j) => {
      const cell = after.getByLabelText(new RegExp(`^row ${j + 1} column 1:`))
      expect(Number(cell.title)).toBeCloseTo(deck.W2[j][0] - 0.5 * delta * h, 14)
    })
    phase.focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(quantity('loss-after')).toBeLessThan(quantity('loss'))
    expect(screen.getByTestId('verdict')).toHaveTextContent('lowered')
  })

  it('builds a random network of the asked sizes', async () => {
    await setup({ preset: 'random', inputs: 3, hidden: 4, outputs: 2, seed: 9 })
    expect(screen.getByRole('grid', { name: 'Θ1' }).querySelectorAll('input')).toHaveLength(12)
    expect(screen.getByRole('grid', { name: 'Θ2' }).querySelectorAll('input')).toHaveLength(8)
    expect(screen.getByRole('img', { name: /3 inputs, 4 hidden units and 2 outputs/ })).toBeTruthy()
    expect(screen.queryByTestId('erratum')).toBeNull()
  })
})
