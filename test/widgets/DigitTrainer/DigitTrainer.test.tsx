import { configure, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { inProcessWorker } from '../../../src/train/inProcessWorker.ts'
import { setTrainerWorkerFactory } from '../../../src/train/workerLike.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'

configure({ asyncUtilTimeout: 8_000 })
vi.setConfig({ testTimeout: 20_000 })

const definition = findWidget('digit-trainer')!
const fromDisk = async (path: string) => new Uint8Array(await readFile(join('public', path)))

let restore: () => void
beforeAll(() => {
  restore = setTrainerWorkerFactory(() => inProcessWorker(fromDisk))
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
})
afterAll(() => {
  restore()
  vi.restoreAllMocks()
})

describe('DigitTrainer', () => {
  it('trains a step from the panel and switches views with the arrow keys', async () => {
    const user = userEvent.setup()
    render(<WidgetHost definition={definition} raw={{}} source="lesson" />)
    await screen.findByText(/Prediction/)
    const step = await screen.findByRole('button', { name: 'Step' })
    await screen.findByText('Ready to train')
    await user.click(step)
    await screen.findByText('Paused')
    expect(screen.getByTestId('train-step')).toHaveTextContent('1')

    const tab = screen.getByRole('tab', { name: 'Draw a digit' })
    expect(tab).toHaveAttribute('aria-selected', 'true')
    tab.focus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'First-layer filters' })).toHaveFocus()
    expect(await screen.findAllByRole('figure', { name: /^Filter \d/ })).toHaveLength(6)
    await user.keyboard('{End}')
    expect(await screen.findByRole('table')).toBeInTheDocument()
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Confusion matrix')
  })

  it('offers conv1 filters and the training set size in the panel, and refuses hostile params', async () => {
    render(
      <WidgetHost
        definition={definition}
        raw={{ hidden: 99, trainSize: 'lots', view: 'filters', digit: -4 }}
        source="url"
      />,
    )
    expect(
      await screen.findAllByText(/Filters in conv1: "99" is outside 1 to 16/),
    ).not.toHaveLength(0)
    expect(screen.getAllByText(/Training digits: "lots" is not a number/)).not.toHaveLength(0)
    expect(await screen.findAllByRole('figure', { name: /^Filter \d/ })).toHaveLength(6)
    expect(screen.getByText('Filters in conv1')).toBeInTheDocument()
    expect(screen.getByText('Training digits')).toBeInTheDocument()
  })
})
