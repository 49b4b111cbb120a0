import { configure, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import {
  makeSignal,
  patternValues,
  runMatchedFilter,
} from '../../../src/widgets/MatchedFilter/model.ts'
import { findWidget } from '../../../src/widgets/registry.ts'

configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

const definition = findWidget('matched-filter')!
const settings = { length: 40, position: 14, noise: 0.4, seed: 1 }

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  const slider = await screen.findByRole('slider', { name: /^Probe position/ })
  const shown = () =>
    Number(view.container.querySelector('.mf-probe__value')!.getAttribute('data-value'))
  const row = (name: string, r = 0) =>
    within(screen.getByRole('grid', { name }))
      .getAllByRole('gridcell')
      .filter((c) => c.getAttribute('aria-rowindex') === String(r + 1))
      .map((c) => Number(c.getAttribute('title')))
  const verdict = () => view.container.querySelector('.mf-verdict')!
  return { ...view, slider, shown, row, verdict }
}

// y[n] = Σ_m w[m] x[n+m], from the definition.
const dot = (x: readonly number[], w: readonly number[], n: number) =>
  w.reduce((s, wm, m) => s + wm * x[n + m], 0)

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('MatchedFilter', () => {
  it('moves the probe with the arrow keys and shows the sum of that window', async () => {
    const { slider, shown } = await setup()
    const w = patternValues('chirp')
    const x = makeSignal(w, settings).signal
    expect(shown()).toBeCloseTo(dot(x, w, 0), 12)
    slider.focus()
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    expect(slider).toHaveAttribute('aria-valuenow', '2')
    expect(shown()).toBeCloseTo(dot(x, w, 2), 12)
    fireEvent.keyDown(slider, { key: 'End' })
    expect(slider).toHaveAttribute('aria-valuenow', String(40 - w.length))
    expect(shown()).toBeCloseTo(dot(x, w, 40 - w.length), 12)
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    expect(slider).toHaveAttribute('aria-valuenow', String(40 - w.length))
  })

  it('recomputes when a template value is edited', async () => {
    const { shown, row } = await setup({ probe: 14 })
    const field = screen.getByLabelText('Template row 1 column 1')
    await userEvent.clear(field)
    await userEvent.type(field, '2{Enter}')
    const w = patternValues('chirp')
    w[0] = 2
    const x = makeSignal(w, settings).signal
    expect(shown()).toBeCloseTo(dot(x, w, 14), 12)
    expect(row('Probe window', 1)).toEqual(w)
    expect(screen.getByRole('button', { name: 'Reset template' })).toBeInTheDocument()
  })

  it('refuses a typo in a template cell in place', async () => {
    const { shown } = await setup()
    const before = shown()
    const field = screen.getByLabelText('Template row 1 column 2')
    await userEvent.clear(field)
    await userEvent.type(field, 'x1{Tab}')
    expect(screen.getByRole('alert')).toHaveTextContent('is not a number')
    expect(shown()).toBe(before)
  })

  it('convolve mode flips the template before it slides', async () => {
    const { shown, row, verdict } = await setup({ pattern: 'ramp', probe: 3 })
    await userEvent.click(screen.getByRole('radio', { name: 'convolve' }))
    const w = patternValues('ramp')
    const flipped = [...w].reverse()
    expect(row('Flipped template')).toEqual(flipped)
    expect(row('Probe window', 1)).toEqual(flipped)
    const x = makeSignal(w, settings).signal
    expect(shown()).toBeCloseTo(dot(x, flipped, 3), 12)
    expect(verdict()).toHaveTextContent(/cross-correlation peaks at/)
  })

  it('says Found at no noise', async () => {
    const { verdict } = await setup({ noise: 0 })
    expect(verdict()).toHaveTextContent(/^Found/)
  })

  it('says how far off the peak is when noise hides the pattern', async () => {
    const w = patternValues('chirp')
    const config = { ...settings, pattern: 'chirp' as const, mode: 'correlate' as const, probe: 0 }
    // A seed whose noise, at σ = 3, beats the pattern (the model only picks the seed).
    const seed = [1, 2, 3, 4, 5, 6, 7, 8].find(
      (s) => runMatchedFilter(w, { ...config, noise: 3, seed: s }).run!.peak.at !== 14,
    )!
    const at = runMatchedFilter(w, { ...config, noise: 3, seed }).run!.peak.at
    const { verdict } = await setup({ noise: 3, seed })
    const status = verdict()
    expect(status).toHaveTextContent(/^Missed/)
    expect(status).toHaveTextContent(`is at n = ${at}, ${Math.abs(at - 14)} sample`)
  })

  it('explains a position that runs past the end instead of plotting', async () => {
    render(<WidgetHost definition={definition} raw={{ position: 38 }} source="lesson" />)
    expect(await screen.findByRole('alert')).toHaveTextContent(/runs past the end/)
    expect(screen.queryByRole('slider', { name: /^Probe position/ })).toBeNull()
  })
})
