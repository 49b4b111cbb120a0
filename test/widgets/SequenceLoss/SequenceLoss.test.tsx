import { configure, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { formatNumber } from '../../../src/lesson/format.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'
import { cellKey, lossTable } from '../../../src/widgets/SequenceLoss/model.ts'

configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000 })

const definition = findWidget('sequence-loss')!

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  await screen.findByRole('table', {}, { timeout: 5000 })
  const shown = () => screen.getByTestId('batch-loss').textContent
  return { ...view, shown }
}

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('SequenceLoss', () => {
  it('starts from the lecture’s padding and divides by M', async () => {
    const { shown } = await setup()
    const expected = lossTable(8, 3, 1, new Set([cellKey(2, 2)]))
    expect(shown()).toBe(formatNumber(expected.perSequence, 4))
    expect(screen.getByRole('button', { name: /^Instance 3, step 3: padded/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  it('pads a cell from the keyboard and the mean follows', async () => {
    const { shown } = await setup()
    const before = shown()
    const first = screen.getByRole('button', { name: /^Instance 1, step 1/ })
    first.focus()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    const target = screen.getByRole('button', { name: /^Instance 1, step 3/ })
    expect(target).toHaveFocus()
    await userEvent.keyboard(' ')
    expect(screen.getByRole('button', { name: /^Instance 1, step 3: padded/ })).toHaveFocus()
    const padded = new Set([cellKey(2, 2), cellKey(0, 2)])
    const expected = lossTable(8, 3, 1, padded)
    expect(shown()).toBe(formatNumber(expected.perSequence, 4))
    expect(shown()).not.toBe(before)
    // Enter unpads it again.
    await userEvent.keyboard('{Enter}')
    expect(shown()).toBe(before)
  })

  it('switches to the per-position mean', async () => {
    const { shown } = await setup()
    await userEvent.click(screen.getByRole('radio', { name: /unpadded positions/ }))
    const expected = lossTable(8, 3, 1, new Set([cellKey(2, 2)]))
    expect(expected.counted).toBe(23)
    expect(shown()).toBe(formatNumber(expected.perToken!, 4))
  })

  it('explains instead of dividing by zero when everything is padded', async () => {
    const { shown } = await setup({ batch: 1, steps: 1, normalize: 'tokens' })
    await userEvent.click(screen.getByRole('button', { name: /^Instance 1, step 1/ }))
    expect(shown()).toBe('undefined')
    expect(screen.getByText(/Every position is padded/)).toBeInTheDocument()
  })
})
