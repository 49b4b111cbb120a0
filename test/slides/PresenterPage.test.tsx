import { configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/App.tsx'
import { lessons } from '../../src/lesson/catalog.ts'
import { openDeckLink, type DeckPosition } from '../../src/slides/deckSync.ts'

configure({ asyncUtilTimeout: 5_000 })
// Each test renders two live slide previews, widgets included: jsdom is slow at that on a busy machine.
vi.setConfig({ testTimeout: 45_000, hookTimeout: 20_000 })

const entry = lessons.find((l) => l.slug === 'neurons-and-activations')!
const presenter = (n: number) => `#/${entry.slug}/presenter/${n}`
let count: number

beforeAll(async () => {
  count = (await entry.load()).slideCount + 1
})
beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

async function open(n: number) {
  window.location.hash = presenter(n)
  render(<App />)
  await screen.findByText(`Slide ${n} of ${count}`, undefined, { timeout: 10_000 })
}

/** Another window of the same deck, as the audience's slides would be. */
function audience() {
  const heard: DeckPosition[] = []
  const link = openDeckLink((p) => heard.push(p))
  return { heard, link }
}

describe('PresenterPage', () => {
  it('shows the speaker notes of the current slide, which the audience never sees', async () => {
    await open(3)
    const notes = screen.getByRole('region', { name: 'Speaker notes' })
    expect(within(notes).getByText(/Start from the dot product/)).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Next slide' })).toHaveTextContent('Next: slide 4')
  })

  it('says so when a slide has no notes (the title slide)', async () => {
    await open(1)
    expect(screen.getByRole('region', { name: 'Speaker notes' })).not.toHaveTextContent(
      /Start from/,
    )
  })

  it('moves with the clicker keys and tells the audience window', async () => {
    const { heard, link } = audience()
    await open(2)
    await userEvent.keyboard('{PageDown}')
    await waitFor(() => expect(window.location.hash).toBe(presenter(3)))
    await waitFor(() => expect(heard.at(-1)).toMatchObject({ slug: entry.slug, slide: 3 }))
    link.close()
  })

  it('follows the audience window when the lecturer moves there', async () => {
    const { link } = audience()
    await open(2)
    link.post({ slug: entry.slug, slide: 5, sender: 'audience' })
    await waitFor(() => expect(window.location.hash).toBe(presenter(5)))
    link.post({ slug: 'another-lesson', slide: 7, sender: 'audience' })
    await new Promise((r) => setTimeout(r, 50))
    expect(window.location.hash).toBe(presenter(5))
    link.close()
  })

  it('jumps to a typed slide number on Enter', async () => {
    await open(1)
    await userEvent.keyboard('4')
    expect(screen.getByText('Go to 4…')).toBeInTheDocument()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(window.location.hash).toBe(presenter(4)))
  })
})
