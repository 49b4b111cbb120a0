import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { ICE_CREAM_DEFAULTS, type IceCreamDays } from '../../../src/train/tasks/ice-cream/meta.ts'
import { iceCreamTask } from '../../../src/train/tasks/ice-cream/task.ts'
import { Trainer } from '../../../src/train/trainer.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'
import { trainInProcess } from '../../helpers/inProcessTrainer.ts'
import { fetchAssetFromDisk } from '../../../src/train/fetchAsset.node.ts'

configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 30_000 })

const definition = findWidget('ice-cream-trainer')!
trainInProcess()
beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

/** The same run in Node, `steps` steps in: what the strip must show. */
async function expected(lookback: number, steps: number, count: number) {
  const trainer = await Trainer.create(
    iceCreamTask,
    { hyper: ICE_CREAM_DEFAULTS.hyper, settings: { lookback }, seed: 1 },
    fetchAssetFromDisk,
  )
  for (let k = 0; k < steps; k++) trainer.stepOnce()
  return trainer.inspect({ kind: 'days', count }) as IceCreamDays
}

const cards = () =>
  within(screen.getByRole('listbox', { name: /Validation days/ })).getAllByRole('option')
const shownP = () => cards().map((c) => Number(c.getAttribute('data-p')))

describe('IceCreamTrainer', () => {
  it("shows the engine's per-day probabilities, before and after a training step", async () => {
    render(<WidgetHost definition={definition} raw={{ days: 14 }} source="lesson" />)
    await screen.findByRole('listbox', { name: /Validation days/ })
    const start = await expected(3, 0, 14)
    expect(shownP()).toEqual(start.pSoldOut)
    expect(cards().map((c) => c.getAttribute('data-truth'))).toEqual(
      start.soldOut.map((y) => (y ? 'sold out' : 'available')),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Step' }))
    const after = await expected(3, 1, 14)
    await waitFor(() => expect(shownP()).toEqual(after.pSoldOut))
  })

  it('walks the days with the arrow keys and explains the policy once revealed', async () => {
    render(<WidgetHost definition={definition} raw={{ days: 10, lookback: 2 }} source="lesson" />)
    const strip = await screen.findByRole('listbox', { name: /Validation days/ })
    // Each card is named by one sentence: day, weather, what happened, the model's verdict.
    expect(within(strip).getAllByRole('option')[0]).toHaveAccessibleName(
      /^Day 1: (sunny|cloudy|rainy); (ran out|had ice cream); the model says .+ sold out, (right|wrong)$/,
    )
    strip.focus()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    expect(screen.getByText(/Day 3/, { selector: 'strong' })).toBeInTheDocument()
    expect(screen.getByText(/looked at days 2–3 \(shaded\)/)).toBeInTheDocument()
    await userEvent.keyboard('{End}')
    expect(screen.getByText(/Day 10/, { selector: 'strong' })).toBeInTheDocument()
    const reveal = screen.getByRole('button', { name: /Reveal the owner’s policy/ })
    await userEvent.click(reveal)
    expect(reveal).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByText(/sunny days outnumber rainy days/)).toBeVisible()
    expect(screen.getByText(/days 9–10: \d sunny, \d cloudy, \d rainy/)).toBeInTheDocument()
  })

  it('starts a new run when the lookback changes, and shows its days', async () => {
    render(<WidgetHost definition={definition} raw={{ days: 12 }} source="lesson" />)
    await screen.findByRole('listbox', { name: /Validation days/ })
    const slider = screen.getByRole('slider', { name: /policy looks back/ })
    // jsdom does not move range inputs on arrow keys; the e2e spec does it in Chromium.
    fireEvent.change(slider, { target: { value: '5' } })
    expect(slider).toHaveValue('5')
    const five = await expected(5, 0, 12)
    await waitFor(() =>
      expect(cards().map((c) => c.getAttribute('data-truth'))).toEqual(
        five.soldOut.map((y) => (y ? 'sold out' : 'available')),
      ),
    )
  })
})
