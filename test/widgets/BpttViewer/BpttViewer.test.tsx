import { configure, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { formatNumber } from '../../../src/lesson/format.ts'
import { bpttRun, norm } from '../../../src/widgets/BpttViewer/model.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'

configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000 })

const definition = findWidget('bptt-viewer')!
const base = { steps: 5, hidden: 3, seed: 1, k: 5, lossAt: 'every' as const }

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  const slider = await screen.findByRole('slider', { name: 'Backward step' }, { timeout: 5000 })
  return { ...view, slider }
}

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('BpttViewer', () => {
  it('steps the backward pass with the keyboard, showing ‖dL/dh_t‖ as it goes', async () => {
    const { slider } = await setup()
    const run = bpttRun(base)
    expect(screen.getByTestId('dh-norm-5')).toHaveTextContent(formatNumber(norm(run.dh[4]), 3))
    expect(screen.getByTestId('dh-norm-4')).toHaveTextContent('')
    slider.focus()
    await userEvent.keyboard('{ArrowLeft}')
    expect(slider).toHaveValue('2')
    expect(screen.getByTestId('dh-norm-4')).toHaveTextContent(formatNumber(norm(run.dh[3]), 3))
    expect(screen.queryByTestId('autograd-check')).toBeNull()
    await userEvent.keyboard('{End}')
    expect(screen.getByTestId('autograd-check')).toHaveTextContent('∂L/∂W_hh')
    expect(screen.getByTestId('h0-grad')).toHaveTextContent(
      `(${run.h0Grad.map((v) => formatNumber(v, 3)).join(', ')})`,
    )
  })

  it('steps with the buttons', async () => {
    const { slider } = await setup({ step: 3 })
    await userEvent.click(screen.getByRole('button', { name: 'One step further back' }))
    expect(slider).toHaveValue('4')
    await userEvent.click(screen.getByRole('button', { name: 'Back towards h_T' }))
    await userEvent.click(screen.getByRole('button', { name: 'Back towards h_T' }))
    expect(slider).toHaveValue('2')
  })

  it('shows no difference for k = T and a real one for a shorter window', async () => {
    await setup({ lossAt: 'last' })
    expect(screen.getByTestId('trunc-relative')).toHaveTextContent(/^0$/)
    fireEvent.change(screen.getByRole('slider', { name: 'Truncation window k' }), {
      target: { value: '2' },
    })
    const run = bpttRun({ ...base, k: 2, lossAt: 'last' })
    const diff = run.total.map((row, i) => row.map((v, j) => v - run.truncated.total[i][j]))
    expect(screen.getByTestId('trunc-relative')).toHaveTextContent(
      formatNumber(norm(diff) / norm(run.total), 3),
    )
    expect(screen.getByText('cut (k)')).toBeInTheDocument()
  })
})
