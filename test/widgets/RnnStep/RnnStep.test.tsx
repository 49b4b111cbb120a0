import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { formatNumber } from '../../../src/lesson/format.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'

const definition = findWidget('rnn-step')!

// The slide's givens, and the step by its definition: tanh([h, x]·W + b).
const deck = {
  h: [0, 1],
  x: [1, 0],
  W: [
    [1.5, -2],
    [0, 1],
    [-1, 0.5],
    [2, 0],
  ],
  b: [0, 0],
}
function step(g: typeof deck) {
  const c = [...g.h, ...g.x]
  return g.b.map((bj, j) => Math.tanh(c.reduce((s, ci, i) => s + ci * g.W[i][j], 0) + bj))
}

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  const strip = await screen.findByRole('img', { name: /^h_t = / }, { timeout: 15_000 })
  return { ...view, strip }
}

const label = (ht: number[]) => `h_t = ${ht.map((v) => formatNumber(v)).join(', ')}`

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

// The first test loads the component and KaTeX; on a busy 2-core machine that alone can pass 5 s.
describe('RnnStep', { timeout: 20_000 }, () => {
  it('starts from the slide’s numbers and shows the slip the engine’s errata record', async () => {
    const { strip } = await setup()
    expect(strip).toHaveAttribute('aria-label', label(step(deck)))
    expect(screen.getByTestId('erratum')).toHaveTextContent('The slide has a slip')
    expect(screen.getByLabelText('W row 3 column 2')).toHaveValue('0.5')
  })

  it('updates h_t when a cell of W is edited, and drops the slip note', async () => {
    const { strip } = await setup()
    const cell = screen.getByLabelText('W row 3 column 2')
    await userEvent.clear(cell)
    await userEvent.type(cell, '-1.25{Enter}')
    const W = deck.W.map((r) => [...r])
    W[2][1] = -1.25
    expect(strip).toHaveAttribute('aria-label', label(step({ ...deck, W })))
    expect(screen.queryByTestId('erratum')).toBeNull()
  })

  it('updates h_t when h or b is edited, and refuses a typo in place', async () => {
    const { strip } = await setup()
    const h = screen.getByLabelText('h t-1 row 1 column 1')
    await userEvent.clear(h)
    await userEvent.type(h, '0.5{Enter}')
    const b = screen.getByLabelText('b row 1 column 2')
    await userEvent.clear(b)
    await userEvent.type(b, '0.2{Enter}')
    const edited = { ...deck, h: [0.5, 1], b: [0, 0.2] }
    expect(strip).toHaveAttribute('aria-label', label(step(edited)))
    await userEvent.clear(b)
    await userEvent.type(b, 'abc')
    fireEvent.blur(b)
    expect(screen.getByRole('alert')).toHaveTextContent('"abc" is not a number')
    expect(strip).toHaveAttribute('aria-label', label(step(edited)))
  })

  it('shows the split form giving the same numbers when toggled', async () => {
    await setup()
    expect(screen.queryByTestId('split-check')).toBeNull()
    await userEvent.click(screen.getByRole('checkbox', { name: /split form/ }))
    expect(screen.getByTestId('split-check')).toHaveTextContent('exactly the pre-activation above')
  })

  it('draws random numbers from the seed and new ones on request', async () => {
    const { strip } = await setup({ preset: 'random', seed: 3, hidden: 3 })
    expect(screen.getByLabelText('W row 5 column 3')).toBeInTheDocument()
    const before = strip.getAttribute('aria-label')
    await userEvent.click(screen.getByRole('button', { name: 'New numbers' }))
    const after = await screen.findByRole('img', { name: /^h_t = / })
    expect(after.getAttribute('aria-label')).not.toBe(before)
    expect(screen.queryByTestId('erratum')).toBeNull()
  })
})
