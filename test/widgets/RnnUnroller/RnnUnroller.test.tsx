import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { formatNumber } from '../../../src/lesson/format.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { keyStep } from '../../../src/widgets/RnnUnroller/Controls.tsx'
import { charWeights, VOCAB } from '../../../src/widgets/RnnUnroller/model.ts'
import { findWidget } from '../../../src/widgets/registry.ts'

const definition = findWidget('rnn-unroller')!

// Next-character probabilities by the definition: h_t = tanh(W_ih x_t + W_hh h_{t-1}), softmax(W_hy h_t).
function probsAt(word: string, t: number, hidden = 3, seed = 1): number[] {
  const w = charWeights(hidden, seed)
  const [Wih, Whh, Why] = [w.weightIh, w.weightHh, w.weightHy].map((m) => m.toArray() as number[][])
  let h = Array(hidden).fill(0)
  for (const c of word.slice(0, t)) {
    const k = VOCAB.indexOf(c as 'h')
    h = Wih.map((row, i) => Math.tanh(row[k] + Whh[i].reduce((s, v, j) => s + v * h[j], 0)))
  }
  const y = Why.map((row) => row.reduce((s, v, j) => s + v * h[j], 0))
  const z = y.reduce((s, v) => s + Math.exp(v), 0)
  return y.map((v) => Math.exp(v) / z)
}

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  const slider = await screen.findByRole('slider', { name: 'Time step' }, { timeout: 5000 })
  const shown = () => VOCAB.map((c) => screen.getByTestId(`p-${c}`).textContent)
  return { ...view, slider, shown }
}

const expected = (word: string, t: number) => probsAt(word, t).map((p) => formatNumber(p, 3))

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('RnnUnroller', () => {
  it('shows the step in focus with the probabilities of the RNN’s definition', async () => {
    const { shown, slider } = await setup({ step: 4 })
    expect(slider).toHaveValue('4')
    expect(screen.getByTestId('unroll-where')).toHaveTextContent('Step 4 reads “l” after “hel”')
    expect(shown()).toEqual(expected('hello', 4))
  })

  it('steps with the arrow keys and Home/End on the slider', async () => {
    const { shown, slider } = await setup({ step: 2 })
    slider.focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(slider).toHaveValue('3')
    expect(shown()).toEqual(expected('hello', 3))
    await userEvent.keyboard('{Home}')
    expect(screen.getByTestId('unroll-where')).toHaveTextContent('Step 1 reads “h”, the first')
    await userEvent.keyboard('{End}')
    expect(shown()).toEqual(expected('hello', 5))
    expect(screen.getByText(/The word ends here./)).toBeInTheDocument()
  })

  it('steps with the buttons and disables them at the ends', async () => {
    const { slider } = await setup({ step: 1 })
    expect(screen.getByRole('button', { name: 'Previous step' })).toBeDisabled()
    await userEvent.click(screen.getByRole('button', { name: 'Next step' }))
    expect(slider).toHaveValue('2')
  })

  it('runs a typed word and refuses characters outside the vocabulary', async () => {
    const { shown } = await setup({ step: 2 })
    const field = screen.getByRole('textbox')
    await userEvent.clear(field)
    await userEvent.type(field, 'hole')
    expect(shown()).toEqual(expected('hole', 2))
    await userEvent.type(field, 'x')
    expect(screen.getByRole('alert')).toHaveTextContent('“x” is not in the vocabulary')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(shown()).toEqual(expected('hole', 2))
  })

  it('plays forward one step per tick and stops at the end', async () => {
    const { slider } = await setup({ word: 'hoe', step: 1 })
    vi.useFakeTimers()
    fireEvent.click(screen.getByRole('button', { name: 'Play' }))
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true')
    await act(() => vi.advanceTimersByTimeAsync(1100))
    expect(slider).toHaveValue('2')
    await act(() => vi.advanceTimersByTimeAsync(1100))
    expect(slider).toHaveValue('3')
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument()
  })

  it('offers no play button under reduced motion', async () => {
    vi.stubGlobal('matchMedia', (q: string) => ({
      matches: q.includes('reduce'),
      addEventListener: () => {},
      removeEventListener: () => {},
    }))
    await setup()
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull()
    expect(screen.getByText(/reduced motion: no autoplay/)).toBeInTheDocument()
  })
})

describe('keyStep', () => {
  it('moves by one with the arrows, jumps with Home/End, stays in range, leaves PageUp to the deck', () => {
    expect(keyStep('ArrowRight', 2, 5)).toBe(3)
    expect(keyStep('ArrowLeft', 1, 5)).toBe(1)
    expect(keyStep('ArrowUp', 5, 5)).toBe(5)
    expect(keyStep('Home', 4, 5)).toBe(1)
    expect(keyStep('End', 1, 5)).toBe(5)
    expect(keyStep('PageUp', 3, 5)).toBeNull()
  })
})
