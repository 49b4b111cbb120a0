import { configure, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'

configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

const definition = findWidget('shape-calculator')!

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  await screen.findByRole('img', { name: /Input/ })
  const result = (name: string) =>
    Array.from(view.container.querySelectorAll('.value-tiles div'))
      .find((d) => d.querySelector('dt')!.textContent === name)!
      .querySelector('dd')!.textContent
  return { ...view, result }
}

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('ShapeCalculator', () => {
  it('starts from the deck example and points out the slide slip', async () => {
    const { result } = await setup()
    expect(result('output volume')).toBe('32×32×10')
    expect(result('weights')).toBe(String(5 * 5 * 3 * 10))
    expect(result('parameters')).toBe(String((5 * 5 * 3 + 1) * 10))
    expect(screen.getByText(/A slide says otherwise/)).toBeInTheDocument()
  })

  it('updates the output when a field changes, and steps with the arrow keys', async () => {
    const { result } = await setup()
    const stride = screen.getByLabelText('Stride S')
    await userEvent.clear(stride)
    await userEvent.type(stride, '2')
    // (32 - 5 + 4)/2 + 1 = 16.5, rounded down
    expect(result('output volume')).toBe(`${Math.floor((32 - 5 + 4) / 2) + 1}×16×10`)
    expect(screen.getByRole('status')).toHaveTextContent('does not fit exactly')
    await userEvent.keyboard('{ArrowDown}')
    expect(result('output volume')).toBe('32×32×10')
  })

  it('refuses a value that is not a whole number in range, in place', async () => {
    const { result } = await setup()
    const depth = screen.getByLabelText('Input depth D')
    await userEvent.clear(depth)
    await userEvent.type(depth, '2.5')
    expect(depth).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).toHaveTextContent('A whole number from 1 to 4096')
    expect(result('weights')).toBe(String(5 * 5 * 2 * 10))
    await userEvent.tab()
    expect(depth).toHaveValue('2')
  })

  it('explains a layer that cannot be applied', async () => {
    const { result } = await setup({ width: 4, height: 4, kernel: 9, padding: 0 })
    expect(screen.getByRole('alert')).toHaveTextContent(
      'the kernel (9) is larger than the input (4), so no window fits',
    )
    expect(result('output volume')).toBe('none')
  })
})
