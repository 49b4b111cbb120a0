import { act, configure, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/App.tsx'
import { notify, useNotices } from '../../src/app/notices.ts'

// Lazy widget and lesson chunks can take seconds to load on a busy machine.
configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 })

beforeEach(() => useNotices.setState({ notices: [] }))

function at(hash: string) {
  window.location.hash = hash
  return render(<App />)
}

describe('App', () => {
  it('shows the lesson index at #/', () => {
    at('#/')
    expect(
      screen.getByRole('heading', { level: 1, name: 'See inside the networks you are learning.' }),
    ).toBeInTheDocument()
  })

  it('says a lesson does not exist for an unknown slug', async () => {
    at('#/no-such-lesson')
    expect(
      await screen.findByRole('heading', { name: 'There is no such lesson' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See all lessons' })).toHaveAttribute('href', '#/')
  })

  it('says a page does not exist for a malformed route', () => {
    at('#/Not_A_Slug/whatever')
    expect(screen.getByRole('heading', { name: 'There is no such page' })).toBeInTheDocument()
  })

  it('follows the hash as it changes', async () => {
    at('#/')
    act(() => {
      window.location.hash = '#/Nope'
    })
    expect(
      await screen.findByRole('heading', { name: 'There is no such page' }),
    ).toBeInTheDocument()
    act(() => {
      window.location.hash = '#/'
    })
    expect(await screen.findByRole('heading', { level: 1, name: /See inside/ })).toBeInTheDocument()
  })

  it('shows notices with a way to dismiss them', async () => {
    at('#/')
    act(() => notify('Your saved exercise answers could not be read, so it was reset.', 'warning'))
    expect(screen.getByRole('status')).toHaveTextContent('could not be read')
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss notice' }))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('shows the same notice only once', () => {
    at('#/')
    act(() => {
      notify('Same text')
      notify('Same text')
    })
    expect(screen.getAllByText('Same text')).toHaveLength(1)
  })

  it('keeps site notices out of an embed', async () => {
    act(() => notify('Not for embeds'))
    at('#/embed/activation-explorer')
    expect(
      await screen.findByRole('slider', { name: /drag or use arrow keys/ }),
    ).toBeInTheDocument()
    expect(screen.queryByText('Not for embeds')).not.toBeInTheDocument()
  })
})
