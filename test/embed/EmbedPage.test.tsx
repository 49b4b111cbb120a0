import { configure, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import EmbedPage from '../../src/embed/EmbedPage.tsx'
import { widgets } from '../../src/widgets/registry.ts'

// Lazy widget and lesson chunks can take seconds to load on a busy machine.
configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

const chart = () => screen.findByRole('slider', { name: /drag or use arrow keys/ })

describe('EmbedPage', () => {
  it('shows one widget alone, configured from the link', async () => {
    render(<EmbedPage widget="activation-explorer" query="fn=tanh&x=-1.5" />)
    expect(await chart()).toHaveAttribute('aria-valuenow', '-1.5')
    expect(screen.getByRole('radio', { name: 'tanh' })).toBeChecked()
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument()
    expect(document.documentElement).toHaveClass('is-embed')
    expect(document.title).toBe('Activation explorer · Unfold')
  })

  it('keeps the page’s own params (fuzz) away from the widget', async () => {
    render(<EmbedPage widget="activation-explorer" query="fuzz&fuzzSeed=3&fuzzEvents=10&x=2" />)
    expect(await chart()).toHaveAttribute('aria-valuenow', '2')
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument()
  })

  it('falls back from garbage params and lists them as plain text', async () => {
    const { container } = render(
      <EmbedPage
        widget="activation-explorer"
        query="x=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&fn=softmax"
      />,
    )
    expect(await chart()).toHaveAttribute('aria-valuenow', '1')
    expect(screen.getByRole('radio', { name: 'Sigmoid' })).toBeChecked()
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
    expect(container.querySelector('img')).toBeNull()
  })

  it('names the widget it does not know, shortened, and lists the ones it does', () => {
    render(<EmbedPage widget={`nope${'x'.repeat(200)}`} query="" />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(`Unfold has no widget called nope${'x'.repeat(56)}.`)
    expect(alert).toHaveTextContent(`Available: ${widgets.map((w) => w.name).join(', ')}.`)
    expect(alert).toHaveTextContent(/Available: .*activation-explorer/)
    expect(document.title).toBe('Unknown widget · Unfold')
  })

  it('does not take inherited names for widgets', () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const { unmount } = render(<EmbedPage widget={name} query="" />)
      expect(screen.getByRole('alert')).toHaveTextContent(`no widget called ${name}`)
      unmount()
    }
  })
})
