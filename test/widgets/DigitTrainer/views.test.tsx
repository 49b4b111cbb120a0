import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { useState } from 'react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { inProcessWorker } from '../../../src/train/inProcessWorker.ts'
import { digitsMeta } from '../../../src/train/tasks/digits/meta.ts'
import { useTrainer } from '../../../src/train/useTrainer.ts'
import { setTrainerWorkerFactory } from '../../../src/train/workerLike.ts'
import { DrawView } from '../../../src/widgets/DigitTrainer/DrawView.tsx'
import { ConfusionView, FiltersView } from '../../../src/widgets/DigitTrainer/InspectViews.tsx'
import { createDigitStore } from '../../../src/widgets/DigitTrainer/store.ts'

// fetchAsset.node.ts resolves public/ from its module URL, which jsdom does not give as a file URL.
const fromDisk = async (path: string) => new Uint8Array(await readFile(join('public', path)))

let restore: () => void
beforeAll(() => {
  restore = setTrainerWorkerFactory(() => inProcessWorker(fromDisk))
  // jsdom has no 2-D canvas; the views then skip painting (real Chromium paints, see the e2e spec).
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
})
afterAll(() => {
  restore()
  vi.restoreAllMocks()
})

/** The views on one trainer (the panel is the lead's, tested on its own). */
function Harness() {
  const trainer = useTrainer(digitsMeta.id, { ...digitsMeta.defaults, seed: 1 })
  const [store] = useState(createDigitStore)
  const [digit, setDigit] = useState(0)
  return (
    <>
      <button type="button" onClick={() => trainer.step(3)}>
        three steps
      </button>
      <DrawView trainer={trainer} store={store} digit={digit} setDigit={setDigit} />
      <FiltersView trainer={trainer} />
      <ConfusionView trainer={trainer} />
    </>
  )
}

describe('DigitTrainer views', () => {
  it('predicts a validation digit, steps to the next by keyboard, and reads a drawing', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    const prediction = await screen.findByText(/(Right|Wrong): it is a 0\./, {}, { timeout: 8000 })
    expect(prediction).toBeInTheDocument()
    expect(screen.getByRole('list', { name: 'Probability of each digit' }).children).toHaveLength(
      10,
    )

    const next = screen.getByRole('button', { name: 'Next ›' })
    next.focus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('spinbutton', { name: 'Validation digit number' })).toHaveValue(1)
    await screen.findByText(/(Right|Wrong): it is a 1\./)

    const pad = screen.getByLabelText(/Drawing pad/)
    fireEvent.pointerDown(pad, { clientX: 0, clientY: 0, pointerId: 1 })
    fireEvent.pointerUp(pad, { pointerId: 1 })
    // A drawing has no true label, so no verdict; the picker offers the way back.
    await waitFor(() => expect(screen.queryByText(/(Right|Wrong): it is a/)).toBeNull())
    expect(screen.getByRole('button', { name: 'Show #1' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear' }))
    expect(screen.getByText(/Draw a digit on the pad/)).toBeInTheDocument()
  }, 20_000)

  it('shows the filters, the feature-map stages and a confusion matrix that counts 500 digits', async () => {
    render(<Harness />)
    const filters = await screen.findAllByRole(
      'figure',
      { name: /^Filter \d+: weights from/ },
      { timeout: 8000 },
    )
    expect(filters).toHaveLength(digitsMeta.defaults.hyper.hidden)
    const before = filters[0].getAttribute('aria-label')
    await userEvent.click(screen.getByRole('button', { name: 'three steps' }))
    await waitFor(() =>
      expect(screen.getAllByRole('figure', { name: /^Filter 1:/ })[0]).not.toHaveAttribute(
        'aria-label',
        before!,
      ),
    )
    expect(
      screen.getByRole('region', { name: /conv1 \+ ReLU: 6 maps of 24×24/ }),
    ).toBeInTheDocument()
    expect(screen.getByRole('region', { name: /pool2: 12 maps of 4×4/ })).toBeInTheDocument()
    const table = await screen.findByRole('table', {}, { timeout: 8000 })
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(11)
    const total = within(table)
      .getAllByRole('cell')
      .reduce((s, td) => s + Number(td.textContent), 0)
    expect(total).toBe(500)
    expect(screen.getByText(/of 500 validation digits right/)).toBeInTheDocument()
  }, 20_000)
})
